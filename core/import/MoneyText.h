#pragma once

#include <QString>

#include <optional>

namespace liaison {

// The amount and currency in a cost cell as returns write it: "£1,207.39",
// "£514 (met by FCO)", "€800", "USD 2,000", "1207.39" (no currency: none
// is guessed). The text itself is always kept by the caller; this only reads
// what can be summed from it.
class MoneyText
{
public:
    struct Amount
    {
        qint64 minorUnits = 0; // pence, cents
        QString currency;      // ISO 4217, empty when the text names none
    };
    // The first amount in the text, or nothing when there is none ("n/a",
    // "Met by host", "£1,207.39 and £200" gives the first only — so a text
    // with several amounts gives nothing, rather than a wrong sum).
    static std::optional<Amount> parse(const QString &text);
};

} // namespace liaison

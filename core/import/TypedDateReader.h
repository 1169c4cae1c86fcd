#pragma once

#include "DateParser.h"
#include "domain/PartialDate.h"

#include <QDate>
#include <QString>

namespace liaison {

// Reads one date as a person types it into a form: everything DateParser
// reads in spreadsheets ("30 Nov 2026", "30/11/2026" in the given day order,
// "2026-11-30", "Nov 2026", "Q3 2014", "2014"), plus the words and offsets
// of a diary: "today", "yesterday", "tomorrow", "+3d", "+2w", "+1m", "+1y"
// (and "-" for the past), counted from `today`. A date without a year is
// taken in the year that puts it nearest to today.
class TypedDateReader
{
public:
    explicit TypedDateReader(DateParser::DayOrder order = DateParser::DayOrder::DayFirst, const QDate &today = QDate::currentDate());

    // An invalid date, with a one-line reason in `error`, when the text is
    // not one date (empty text is "not set": invalid, no error).
    PartialDate read(QStringView text, QString *error = nullptr) const;

    // "30 Nov 2026, day", "Q3 2014, quarter": what a date will be stored as.
    static QString describe(const PartialDate &date);

private:
    bool readRelative(QStringView text, PartialDate &date) const;

    DateParser m_parser;
    QDate m_today;
};

} // namespace liaison

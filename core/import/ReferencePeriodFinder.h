#pragma once

#include <QDate>
#include <QString>

namespace liaison {

// The period a file's dates fall in, as its name or title row says it:
// "meetings-jan-mar-2014.csv", "aprjun13", "julsept2011", "oct-dec-2010",
// "Q3 2014", "Ministerial meetings, January to March 2014", "2013-14" (the
// financial year April to March), "2014". Used to give dates without a year
// their year.
class ReferencePeriodFinder
{
public:
    struct Period
    {
        QDate from;
        QDate to;
        QString description; // "January to March 2014"
        bool isValid() const { return from.isValid() && to.isValid(); }
    };

    // An invalid period when the text names none (only a year is enough).
    static Period find(QStringView text);
    static QString describe(const QDate &from, const QDate &to);
};

} // namespace liaison

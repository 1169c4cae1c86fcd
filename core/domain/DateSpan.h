#pragma once

#include "PartialDate.h"

namespace liaison {

// When an activity happened: one partial date, or a range such as a delegation's
// "9-10 Feb 2013". An invalid end means the span is just its start.
class DateSpan
{
public:
    DateSpan() = default;
    explicit DateSpan(const PartialDate &start, const PartialDate &end = {});

    bool isValid() const { return m_start.isValid(); }
    bool isRange() const { return m_end.isValid(); }
    PartialDate start() const { return m_start; }
    PartialDate end() const { return m_end; }

    // First and last day covered, honouring each end's precision.
    QDate first() const { return m_start.first(); }
    QDate last() const { return m_end.isValid() ? m_end.last() : m_start.last(); }

    QString toDisplayString() const;

    bool operator==(const DateSpan &other) const
    {
        return m_start == other.m_start && m_end == other.m_end;
    }
    bool operator!=(const DateSpan &other) const { return !(*this == other); }

private:
    PartialDate m_start;
    PartialDate m_end;
};

} // namespace liaison

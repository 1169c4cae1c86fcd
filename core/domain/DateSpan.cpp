#include "DateSpan.h"

namespace liaison {

DateSpan::DateSpan(const PartialDate &start, const PartialDate &end)
    : m_start(start)
    // A range ending where it starts is not a range.
    , m_end(end.isValid() && end != start ? end : PartialDate())
{
}

QString DateSpan::toDisplayString() const
{
    if (!isRange())
        return m_start.toDisplayString();
    return m_start.toDisplayString() + QStringLiteral(" – ") + m_end.toDisplayString();
}

} // namespace liaison

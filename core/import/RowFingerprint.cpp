#include "RowFingerprint.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

namespace liaison {

RowFingerprint::RowFingerprint(const ImportMapping &mapping)
{
    m_context = importTargetName(mapping.target).toUtf8() + '\x1e';
    if (mapping.target == ImportTarget::Activity && !mapping.isMapped(ImportField::Kind))
        m_context += activityKindName(mapping.kind).toUtf8();
    m_context += '\x1e';
    m_context += mapping.dayOrder == DateParser::DayOrder::DayFirst ? "dmy" : "mdy";
    m_context += '\x1e';
    if (mapping.referenceFrom.isValid())
        m_context += mapping.referenceFrom.toString(Qt::ISODate).toUtf8() + ".."
            + mapping.referenceTo.toString(Qt::ISODate).toUtf8();
    for (const ColumnMapping &c : mapping.columns) {
        if (c.field != ImportField::Ignore)
            m_columns.append({importFieldName(c.field).toUtf8(), c.column});
    }
    // Columns of one field (two organisation columns) in the order of the
    // file, fields by name: the same sheet with its columns moved is the same.
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

qint64 RowFingerprint::of(const QList<QString> &cells) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(m_context);
    for (const auto &[field, column] : m_columns) {
        const QString text = cells.value(column).simplified().toCaseFolded();
        if (text.isEmpty())
            continue;
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(field);
        hash.addData(QByteArrayView("=", 1));
        hash.addData(text.toUtf8());
    }
    const QByteArray digest = hash.result();
    return qFromBigEndian<qint64>(digest.constData());
}

} // namespace liaison

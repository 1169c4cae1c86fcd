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
    m_hash.reset();
    m_hash.addData(m_context);
    for (const auto &[field, column] : m_columns) {
        // The cell simplified and case-folded into one reused buffer: no
        // allocation per cell on the bulk path.
        m_text.clear();
        bool space = false;
        for (const QChar c : cells.value(column)) {
            if (c.isSpace()) {
                space = !m_text.isEmpty();
                continue;
            }
            if (space)
                m_text.append(QLatin1Char(' '));
            space = false;
            m_text.append(c.toCaseFolded());
        }
        if (m_text.isEmpty())
            continue;
        m_hash.addData(QByteArrayView("\x1f", 1));
        m_hash.addData(field);
        m_hash.addData(QByteArrayView("=", 1));
        // UTF-16 as it is (little-endian on every platform Liaison builds for): no conversion per cell.
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(m_text.utf16()), m_text.size() * 2));
    }
    return qFromBigEndian<qint64>(m_hash.resultView().constData());
}

qint64 RowFingerprint::with(qint64 fingerprint, const QString &meaning)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 big = qToBigEndian(fingerprint);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&big), sizeof big));
    hash.addData(meaning.toUtf8());
    return qFromBigEndian<qint64>(hash.resultView().constData());
}

} // namespace liaison

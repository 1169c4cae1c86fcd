#include "RecordTable.h"

#include "Database.h"
#include "StorageError.h"

#include <QDateTime>
#include <QSqlRecord>

namespace liaison {

RecordTable::RecordTable(Database &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
    QStringList placeholders;
    QStringList assignments;
    for (const QString &column : m_columns) {
        placeholders.append(QStringLiteral("?"));
        assignments.append(column + QStringLiteral(" = ?"));
    }
    m_insertSql = QStringLiteral("INSERT INTO %1 (%2, row_version, updated_at, updated_by) VALUES (%3, 1, ?, ?)")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    m_restoreSql = QStringLiteral("INSERT INTO %1 (id, %2, row_version, updated_at, updated_by) VALUES (?, %3, 1, ?, ?)")
                       .arg(m_table, m_columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    m_updateSql = QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1, updated_at = ?, updated_by = ? "
                                 "WHERE id = ? AND row_version = ?")
                      .arg(m_table, assignments.join(QStringLiteral(", ")));
}

void RecordTable::write(Record &record, const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    const QDateTime now = m_db.changeTime();
    if (now != m_stampTime) {
        m_stampTime = now;
        m_stampText = now.toString(Qt::ISODateWithMs);
    }
    QVariantList bound = values;
    bound << m_stampText << m_db.userName();
    if (record.isNew()) {
        record.id = m_db.insert(m_insertSql, bound);
        record.rowVersion = 1;
    } else if (record.rowVersion == 0) {
        bound.prepend(record.id);
        m_db.insert(m_restoreSql, bound);
        record.rowVersion = 1;
    } else {
        bound << record.id << record.rowVersion;
        QSqlQuery &query = m_db.exec(m_updateSql, bound);
        if (query.numRowsAffected() != 1)
            throw ConflictError(QStringLiteral("this %1 record was changed or deleted by someone else since you opened it")
                                    .arg(m_table));
        ++record.rowVersion;
    }
    record.updatedAt = now;
    record.updatedBy = m_db.userName();
}

void RecordTable::remove(const Record &record)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ? AND row_version = ?").arg(m_table),
                                 {record.id, record.rowVersion});
    if (query.numRowsAffected() != 1)
        throw ConflictError(QStringLiteral("this %1 record was changed or deleted by someone else since you opened it")
                                .arg(m_table));
}

QString RecordTable::selectList() const
{
    return QStringLiteral("id, ") + m_columns.join(QStringLiteral(", "))
        + QStringLiteral(", row_version, updated_at, updated_by");
}

void RecordTable::readRecord(Record &record, const QSqlQuery &query) const
{
    const int meta = int(m_columns.size()) + 1;
    record.id = query.value(0).toLongLong();
    record.rowVersion = query.value(meta).toInt();
    record.updatedAt = QDateTime::fromString(query.value(meta + 1).toString(), Qt::ISODateWithMs);
    record.updatedBy = query.value(meta + 2).toString();
}

QVariant RecordTable::idValue(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

QVariant RecordTable::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

QVariant RecordTable::textValue(const QString &text)
{
    // Empty fields are stored as '' rather than NULL so that text compares simply.
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant RecordTable::precisionValue(const PartialDate &date)
{
    return date.isValid() ? QVariant(int(date.precision())) : QVariant(QMetaType::fromType<int>());
}

PartialDate RecordTable::partialDate(const QVariant &firstDay, const QVariant &precision)
{
    if (firstDay.isNull())
        return {};
    const QDate date = firstDay.typeId() == QMetaType::QDate ? firstDay.toDate()
                                                             : QDate::fromString(firstDay.toString(), Qt::ISODate);
    return PartialDate(date, DatePrecision(qBound(0, precision.toInt(), 3)));
}

} // namespace liaison

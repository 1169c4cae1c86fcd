#pragma once

#include "domain/PartialDate.h"
#include "domain/Record.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace liaison {

class Database;

// The part of storing a record that every record table shares: insert with
// bookkeeping, update guarded by the row version (optimistic locking, so that
// in a shared database nobody silently overwrites another's edit), delete, and
// reading the bookkeeping columns back.
class RecordTable
{
public:
    RecordTable(Database &db, QString table, QStringList columns);

    // Inserts or updates `record` with `values` (one per column). Updates throw
    // ConflictError when the stored row version is not record.rowVersion.
    // A record with an id but row version 0 is put back under that id (undoing
    // a delete), so that everything that refers to it by id stays valid.
    void write(Record &record, const QVariantList &values);
    // Deletes the row; throws ConflictError if it changed or vanished meanwhile.
    void remove(const Record &record);

    // "col1, col2, …, row_version, updated_at, updated_by" for SELECTs; the
    // bookkeeping columns come last, starting at index columns().size() + 1
    // (after the id, which comes first).
    QString selectList() const;
    // Fills id and bookkeeping from a row selected with selectList().
    void readRecord(Record &record, const QSqlQuery &query) const;

    const QStringList &columns() const { return m_columns; }
    const QString &table() const { return m_table; }

    // Values as the drivers want them: 0 ids and invalid dates become typed NULLs.
    static QVariant idValue(qint64 id);
    static QVariant dateValue(const QDate &date);
    static QVariant textValue(const QString &text);
    static QVariant precisionValue(const PartialDate &date);
    static PartialDate partialDate(const QVariant &firstDay, const QVariant &precision);

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_insertSql;
    QString m_restoreSql;
    QString m_updateSql;
    QDateTime m_stampTime; // the last change time and its text, converted once
    QString m_stampText;
};

// Puts a record's id and bookkeeping back as they were when a save fails, so
// that a rolled-back insert does not leave the caller holding a dead id.
class RecordRollbackGuard
{
public:
    explicit RecordRollbackGuard(Record &record)
        : m_record(record)
        , m_saved(record)
    {
    }
    ~RecordRollbackGuard()
    {
        if (!m_dismissed)
            m_record = m_saved;
    }
    void dismiss() { m_dismissed = true; }

private:
    Record &m_record;
    Record m_saved;
    bool m_dismissed = false;
};

} // namespace liaison

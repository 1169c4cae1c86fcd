#pragma once

#include "Database.h"

namespace liaison {

// Scope guard: a change that throws before commit() leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit()
    {
        m_done = true;
        m_db.commit();
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace liaison

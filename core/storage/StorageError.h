#pragma once

#include <QString>

#include <stdexcept>

namespace liaison {

// Any failure of the storage layer, with a message fit for a user's eyes.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Someone else changed (or deleted) the record since it was read.
class ConflictError : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace liaison

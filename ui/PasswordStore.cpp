#include "PasswordStore.h"

#ifdef LIAISON_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

namespace liaison {

namespace {
#ifdef LIAISON_HAVE_KEYCHAIN
const QString kService = QStringLiteral("Liaison");

// Keychain jobs are asynchronous; connecting is a modal step anyway, so wait
// (briefly: a keychain that does not answer counts as none).
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}
#endif
} // namespace

bool PasswordStore::isAvailable()
{
#ifdef LIAISON_HAVE_KEYCHAIN
    return true; // whether a keychain service answers shows when a job runs
#else
    return false;
#endif
}

QString PasswordStore::read(const QString &key)
{
#ifdef LIAISON_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    return runJob(job) ? job.textData() : QString();
#else
    Q_UNUSED(key)
    return {};
#endif
}

bool PasswordStore::write(const QString &key, const QString &password)
{
#ifdef LIAISON_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    return runJob(job);
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    return false;
#endif
}

} // namespace liaison

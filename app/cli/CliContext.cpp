#include "CliContext.h"

#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

void writeOut(FILE* f, const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), f);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', f);
    std::fflush(f);
}
} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Refused:
    case ErrorCode::Conflict:
        return ExitRefused;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::AuthFailed:
    case ErrorCode::Locked:
    case ErrorCode::PermissionDenied:
        return ExitAuth;
    case ErrorCode::StoreBusy:
        return ExitBusy;
    case ErrorCode::NotAStore:
    case ErrorCode::StoreTooNew:
    case ErrorCode::StoreDamaged:
        return ExitStore;
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::IoError:
    case ErrorCode::Unavailable:
        return ExitIo;
    case ErrorCode::Internal:
        return ExitInternal;
    }
    return ExitInternal;
}

Result<QByteArray> CliContext::passphrase() const
{
    QByteArray env = qgetenv("PATRON_PASSPHRASE");
    if (!env.isEmpty())
        return env;
    if (!passphraseFile.isEmpty()) {
        QFile f(passphraseFile);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::InvalidInput,
                             CliTr::tr("The passphrase file %1 cannot be read: %2").arg(passphraseFile, f.errorString()));
        QByteArray p = f.readAll();
        while (p.endsWith('\n') || p.endsWith('\r'))
            p.chop(1);
        return p;
    }
    return makeError(ErrorCode::AuthFailed,
                     CliTr::tr("No recovery passphrase: set PATRON_PASSPHRASE or use --passphrase-file."));
}

Result<Store*> CliContext::openStore()
{
    if (m_store)
        return m_store.get();
    Result<std::unique_ptr<Store>> opened = makeError(ErrorCode::Internal, QString());
    auto pass = passphrase();
    if (pass) {
        opened = Store::openWithPassphrase(dataDir, *pass);
        wipe(*pass);
    } else {
        // No passphrase given: try the till's keychain slot (unattended start).
        auto secrets = makeOsSecretStore();
        if (!secrets || !Store::exists(dataDir))
            return pass.error();
        opened = Store::openWithSecretStore(dataDir, *secrets);
        if (!opened && (opened.code() == ErrorCode::NotFound || opened.code() == ErrorCode::Unavailable))
            return makeError(ErrorCode::AuthFailed,
                             CliTr::tr("The store is locked: set PATRON_PASSPHRASE or use --passphrase-file (%1)")
                                 .arg(opened.message()));
    }
    if (!opened)
        return opened.error();
    adoptStore(std::move(*opened));
    return m_store.get();
}

void CliContext::adoptStore(std::unique_ptr<Store> store)
{
    closeStore();
    m_store = std::move(store);
}

void CliContext::closeStore()
{
    m_users.reset();
    m_outbox.reset();
    m_audit.reset();
    m_store.reset();
}

Result<Session> CliContext::signIn()
{
    const QString user = userName.isEmpty() ? qEnvironmentVariable("PATRON_USER") : userName;
    const QString p = pin.isEmpty() ? qEnvironmentVariable("PATRON_PIN") : pin;
    if (user.isEmpty() || p.isEmpty())
        return makeError(ErrorCode::AuthFailed,
                         CliTr::tr("This command needs a user: use --user NAME --pin PIN or set PATRON_USER and PATRON_PIN."));
    return users().authenticate(user, p);
}

std::optional<int> CliContext::openAndSignIn(Session* session)
{
    auto opened = openStore();
    if (!opened)
        return fail(opened.error());
    auto s = signIn();
    if (!s)
        return fail(s.error());
    *session = *s;
    return std::nullopt;
}

AuditLog& CliContext::audit()
{
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>(m_store->db(), *clock);
    return *m_audit;
}

Outbox& CliContext::outbox()
{
    if (!m_outbox)
        m_outbox = std::make_unique<Outbox>(m_store->db(), m_store->identity().storeCode,
                                            m_store->identity().tillCode, *clock);
    return *m_outbox;
}

UserService& CliContext::users()
{
    if (!m_users)
        m_users = std::make_unique<UserService>(m_store->db(), audit(), outbox(), *clock);
    return *m_users;
}

int CliContext::ok(const QJsonObject& object, const QString& text)
{
    if (json)
        writeOut(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    else if (!text.isEmpty())
        writeOut(stdout, text);
    return ExitOk;
}

int CliContext::fail(const Error& error)
{
    if (json) {
        const QJsonObject o{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                         {QStringLiteral("message"), error.message}}}};
        writeOut(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        writeOut(stderr, error.message);
    }
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString& message)
{
    if (json) {
        const QJsonObject o{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                         {QStringLiteral("message"), message}}}};
        writeOut(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        writeOut(stderr, message + u'\n' + CliTr::tr("Run \"patron-cli help\" for the list of commands."));
    }
    return ExitUsage;
}

} // namespace patron::cli

#pragma once
// What every patron-cli command shares: global options, unlocking the store, signing in the
// acting user, the services built on the open store, and output (a translated sentence, or one
// JSON document with --json) with stable exit codes.

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace patron::cli {

// Exit codes, documented in docs/cli.md. Stable: scripts depend on them.
enum Exit {
    ExitOk = 0,
    ExitRefused = 1,     // invalid input or a business rule said no
    ExitUsage = 2,       // the command line itself is wrong
    ExitAuth = 3,        // wrong passphrase, PIN, locked user, missing permission
    ExitBusy = 4,        // another program holds the store
    ExitStore = 5,       // not a store, too new, damaged
    ExitIo = 6,          // disk full, read-only, I/O error, keychain unavailable
    ExitInternal = 70,   // a bug
};

int exitCodeFor(ErrorCode code);

class CliContext {
public:
    bool json = false;
    QString dataDir;
    QString passphraseFile;
    QString userName;
    QString pin;
    std::shared_ptr<Clock> clock = systemClock();

    // The recovery passphrase: PATRON_PASSPHRASE, else --passphrase-file.
    Result<QByteArray> passphrase() const;
    // Opens the store: passphrase when one is given, else the keychain slot.
    Result<Store*> openStore();
    Store* store() { return m_store.get(); }
    void adoptStore(std::unique_ptr<Store> store);
    void closeStore();

    // Signs in --user/--pin (or PATRON_USER/PATRON_PIN) on the open store.
    Result<Session> signIn();
    // Opens the store and signs the acting user in; on failure, the exit code (already reported).
    std::optional<int> openAndSignIn(Session* session);

    AuditLog& audit();
    Outbox& outbox();
    UserService& users();

    // Output. ok(): JSON document or the text; fail(): error and its exit code.
    int ok(const QJsonObject& json, const QString& text);
    int fail(const Error& error);
    int usage(const QString& message);

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<UserService> m_users;
};

} // namespace patron::cli

#pragma once
// A fresh encrypted store in a temporary directory, with a manual clock and the foundation
// services, for one test. Uses the cheap test KDF profile.

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace patron::test {

inline const QByteArray kPassphrase = "test-passphrase-123";

class TempStore {
public:
    explicit TempStore(StoreOpenOptions options = {}, StoreIdentity identity = defaultIdentity());
    ~TempStore();

    static StoreIdentity defaultIdentity();

    Store& store() { return *m_store; }
    Database& db() { return m_store->db(); }
    QString dir() const { return m_dir.path() + QStringLiteral("/store"); }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }
    ManualClock& clock() { return *m_clock; }
    std::shared_ptr<ManualClock> clockPtr() { return m_clock; }

    AuditLog& audit() { return *m_audit; }
    Outbox& outbox() { return *m_outbox; }
    UserService& users() { return *m_users; }
    // The administrator created with the store ("admin", PIN 1234), signed in.
    const Session& admin() const { return m_admin; }

    void close();   // drops the store (and its lock)
    void reopen();  // opens it again with the passphrase

private:
    void buildServices();
    QTemporaryDir m_dir;
    StoreOpenOptions m_options;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<UserService> m_users;
    Session m_admin;
};

} // namespace patron::test

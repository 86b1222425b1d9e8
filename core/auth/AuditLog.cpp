#include "auth/AuditLog.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct AuditTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Audit)
};

namespace {

// Each field length-prefixed, so ("ab","c") and ("a","bc") hash differently.
QByteArray recordHash(const QByteArray& prev, const QByteArray& uuid, const QString& at, const QString& user,
                      const QString& action, const QString& subject, const QString& details)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QByteArray& b) {
        h.addData(QByteArray(QByteArray::number(b.size()) + ':'));
        h.addData(b);
    };
    add(prev);
    add(uuid);
    for (const QString* s : {&at, &user, &action, &subject, &details})
        add(s->toUtf8());
    return h.result();
}
} // namespace

void AuditLog::append(const QString& user, const QString& action, const QString& subject,
                      const QJsonObject& details)
{
    Q_ASSERT(m_db.inTransaction());
    Statement last = m_db.cached("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const QByteArray prev = last.step() ? last.blob(0) : QByteArray(32, '\0');
    last.reset();
    const QDateTime now = m_clock.now();
    const QByteArray uuid = Uuid::v7(now.toMSecsSinceEpoch()).bytes();
    const QString at = isoWithOffset(now);
    const QString det = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    Statement s = m_db.cached(
        "INSERT INTO audit_log(uuid, at, user_name, action, subject, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QByteArray hash = recordHash(prev, uuid, at, user, action, subject, det);
    s.bindAll(uuid, at, user, action, subject, det, prev, hash);
    s.run();
    const qint64 id = m_db.lastInsertRowId();
    // The back office's filter lists (schema steps 20 and 21). Separate one-row statements, not a
    // trigger: a value already listed is a lookup that changes no page, and no statement of this
    // record needs a statement journal.
    Statement facet = m_db.cached("INSERT OR IGNORE INTO audit_facets(kind, value) VALUES (?, ?)");
    facet.bindAll(QStringLiteral("action"), action);
    facet.run();
    facet.reset();
    facet.bindAll(QStringLiteral("user"), user);
    facet.run();
    // The head of the chain, so cutting records off the end is noticed too. An UPDATE rewrites
    // only the row's page; INSERT OR REPLACE gave the row a new rowid and so rewrote meta's key
    // index too (one more encrypted page in every sale's commit).
    const QString headValue = QString::number(id) + u':' + QString::fromLatin1(hash.toHex());
    // OR FAIL: a one-row update needs no statement journal (see core/sales/SalesSummary.cpp).
    Statement head = m_db.cached("UPDATE OR FAIL meta SET value = ? WHERE key = 'audit_head'");
    head.bind(1, headValue);
    head.run();
    if (m_db.changes() == 0) {
        Statement first = m_db.cached("INSERT INTO meta(key, value) VALUES ('audit_head', ?)");
        first.bind(1, headValue);
        first.run();
    }
}

AuditVerification AuditLog::verify() const
{
    AuditVerification v;
    Statement s = m_db.prepare(
        "SELECT id, uuid, at, user_name, action, subject, details, prev_hash, hash FROM audit_log ORDER BY id");
    QByteArray expectedPrev(32, '\0');
    qint64 lastId = 0;
    while (s.step()) {
        ++v.records;
        const qint64 id = s.int64(0);
        const QByteArray prev = s.blob(7);
        const QByteArray hash = s.blob(8);
        if (prev != expectedPrev) {
            v = {false, v.records, id, AuditTr::tr("Audit record %1 does not follow the record before it: a record was removed or changed.").arg(id)};
            return v;
        }
        if (recordHash(prev, s.blob(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)) != hash) {
            v = {false, v.records, id, AuditTr::tr("Audit record %1 was changed after it was written.").arg(id)};
            return v;
        }
        expectedPrev = hash;
        lastId = id;
    }
    const QString head = m_db.queryText("SELECT value FROM meta WHERE key = 'audit_head'").value_or(QString());
    const QString expectedHead =
        v.records ? QString::number(lastId) + u':' + QString::fromLatin1(expectedPrev.toHex()) : QString();
    if (head != expectedHead)
        v = {false, v.records, lastId ? lastId : 1,
             AuditTr::tr("The audit log ends before its last recorded entry: records were removed from the end.")};
    return v;
}

} // namespace patron

#include "sync/Outbox.h"

#include "common/Clock.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace patron {

Outbox::Outbox(Database& db, QString storeCode, QString tillCode, const Clock& clock)
    : m_db(db), m_store(std::move(storeCode)), m_till(std::move(tillCode)), m_clock(clock),
      m_hlc(m_store + u'/' + m_till, clock)
{
}

OutboxEvent Outbox::append(const QString& type, int version, const QJsonObject& payload)
{
    OutboxEvent e = insert(type, version, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.payload = payload;
    return e;
}

void Outbox::appendJson(const QString& type, int version, const QByteArray& compactJson)
{
    insert(type, version, compactJson);
}

OutboxEvent Outbox::insert(const QString& type, int version, const QByteArray& compactJson)
{
    Q_ASSERT(m_db.inTransaction());
    // Continue after the last timestamp this till issued, even if its wall clock went back or
    // another connection (an import, the sync worker) wrote events since: read it every time,
    // inside this transaction (a cached single-row lookup).
    {
        Statement last = m_db.cached("SELECT value FROM meta WHERE key = 'hlc_last'");
        if (last.step())
            m_hlc.restore(HlcTimestamp::parse(last.text(0)));
    }
    OutboxEvent e;
    const QDateTime now = m_clock.now();
    e.uuid = Uuid::v7(now.toMSecsSinceEpoch());
    e.type = type;
    e.version = version;
    e.hlc = m_hlc.tick().toString();
    e.storeCode = m_store;
    e.tillCode = m_till;
    e.createdAt = isoWithOffset(now);
    Statement s = m_db.cached(
        "INSERT INTO outbox(uuid, type, version, hlc, store_code, till_code, payload, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bindAll(e.uuid.bytes(), e.type, qint64(e.version), e.hlc, e.storeCode, e.tillCode);
    s.bindText(7, compactJson);  // as text: readers and head office take it as JSON text
    s.bind(8, e.createdAt);
    s.run();
    e.id = m_db.lastInsertRowId();
    // UPDATE, not INSERT OR REPLACE: the row keeps its rowid, so meta's key index is not
    // rewritten (one encrypted page less in every sale's commit).
    // OR FAIL: a one-row update needs no statement journal (see core/sales/SalesSummary.cpp).
    Statement h = m_db.cached("UPDATE OR FAIL meta SET value = ? WHERE key = 'hlc_last'");
    h.bind(1, e.hlc);
    h.run();
    if (m_db.changes() == 0) {
        Statement first = m_db.cached("INSERT INTO meta(key, value) VALUES ('hlc_last', ?)");
        first.bind(1, e.hlc);
        first.run();
    }
    return e;
}

// Pending events are found from a mark, not an index (schema step 17): every event with an id up
// to meta's 'outbox_pushed_through' has been pushed, and the rows after it are read in id order.
// An index of pending events cost every sale (every business action) one more encrypted page;
// the mark moves only when events are marked pushed, in the sync worker's transaction. The sync
// worker pushes in id order, so what lies after the mark is (nearly) all pending.
qint64 Outbox::pushedThrough() const
{
    Statement s = m_db.cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'outbox_pushed_through'");
    const qint64 through = s.step() ? s.int64(0) : 0;
    s.reset();
    return through;
}

QList<OutboxEvent> Outbox::pending(int limit) const
{
    QList<OutboxEvent> out;
    Statement s = m_db.prepare(
        "SELECT id, uuid, type, version, hlc, store_code, till_code, payload, created_at FROM outbox"
        " WHERE id > ? AND pushed_at IS NULL ORDER BY id LIMIT ?");
    s.bindAll(pushedThrough(), qint64(limit));
    while (s.step()) {
        OutboxEvent e;
        e.id = s.int64(0);
        e.uuid = Uuid::fromBytes(s.blob(1));
        e.type = s.text(2);
        e.version = int(s.int64(3));
        e.hlc = s.text(4);
        e.storeCode = s.text(5);
        e.tillCode = s.text(6);
        e.payload = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
        e.createdAt = s.text(8);
        out.append(std::move(e));
    }
    return out;
}

qint64 Outbox::pendingCount() const
{
    return m_db.queryInt64("SELECT count(*) FROM outbox WHERE id > ? AND pushed_at IS NULL", pushedThrough()).value_or(0);
}

void Outbox::markPushed(const QList<Uuid>& uuids, const QString& at)
{
    Statement s = m_db.prepare("UPDATE outbox SET pushed_at = ? WHERE uuid = ? AND pushed_at IS NULL");
    for (const Uuid& u : uuids) {
        s.reset();
        s.bind(1, at);
        s.bindBlob(2, u.bytes());
        s.run();
    }
    // The mark moves up to the first event still pending (or the last event): only the rows just
    // pushed lie between the old mark and it.
    const qint64 from = pushedThrough();
    const qint64 through = m_db.queryInt64(
        "SELECT coalesce((SELECT min(id) FROM outbox WHERE id > ?1 AND pushed_at IS NULL) - 1, "
        "(SELECT max(id) FROM outbox), ?1)", from).value_or(from);
    if (through == from)
        return;
    if (m_db.execute("UPDATE OR FAIL meta SET value = ? WHERE key = 'outbox_pushed_through'", QString::number(through)) == 0)
        m_db.execute("INSERT INTO meta(key, value) VALUES ('outbox_pushed_through', ?)", QString::number(through));
}

} // namespace patron

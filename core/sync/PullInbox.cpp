#include "sync/PullInbox.h"

#include "common/Clock.h"
#include "hq/HqClient.h"
#include "store/Database.h"
#include "sync/PullHandler.h"

#include <QJsonDocument>

namespace patron {

void PullInbox::setHandler(const QString& kind, std::shared_ptr<PullHandler> handler)
{
    m_handlers.insert(kind, std::move(handler));
}

void PullInbox::store(const QList<PulledChange>& changes)
{
    Q_ASSERT(m_db.inTransaction());
    const QString now = isoWithOffset(m_clock.now());
    Statement s = m_db.cached("INSERT INTO hq_inbox(kind, key, data, received_at) VALUES (?, ?, ?, ?)");
    for (const PulledChange& c : changes) {
        s.reset();
        s.bindAll(c.kind, c.key,
                  c.deleted ? QString() : QString::fromUtf8(QJsonDocument(c.data).toJson(QJsonDocument::Compact)), now);
        s.run();
    }
}

Result<int> PullInbox::applyPending()
{
    int applied = 0;
    for (auto it = m_handlers.cbegin(); it != m_handlers.cend(); ++it) {
        for (;;) {
            auto chunk = guarded([&]() -> int {
                Transaction tx(m_db);
                Statement s = m_db.prepare(
                    "SELECT id, key, data FROM hq_inbox WHERE kind = ? AND applied_at IS NULL ORDER BY id LIMIT 500");
                s.bind(1, it.key());
                QList<qint64> ids;
                while (s.step()) {
                    PulledChange c;
                    c.kind = it.key();
                    c.key = s.text(1);
                    c.deleted = s.isNull(2);
                    c.data = QJsonDocument::fromJson(s.text(2).toUtf8()).object();
                    it.value()->apply(m_db, c);
                    ids.append(s.int64(0));
                }
                const QString now = isoWithOffset(m_clock.now());
                for (qint64 id : ids)
                    m_db.execute("UPDATE hq_inbox SET applied_at = ? WHERE id = ?", now, id);
                tx.commit();
                return int(ids.size());
            });
            if (!chunk)
                return chunk.error();
            applied += *chunk;
            if (*chunk == 0)
                break;
        }
    }
    return applied;
}

qint64 PullInbox::pendingCount() const
{
    return m_db.queryInt64("SELECT count(*) FROM hq_inbox WHERE applied_at IS NULL").value_or(0);
}

} // namespace patron

#include "sync/MemberLookup.h"

#include "hq/HqClient.h"
#include "store/Database.h"
#include "sync/PullInbox.h"

#include <QJsonArray>

namespace patron {

namespace {

void appendRows(QList<PulledChange>& out, const QString& kind, const QJsonArray& rows)
{
    for (const QJsonValue& v : rows) {
        PulledChange c;
        c.kind = kind;
        c.data = v.toObject();
        c.key = c.data.value(QStringLiteral("uuid")).toString();
        out.append(std::move(c));
    }
}
} // namespace

Result<QList<Uuid>> MemberLookup::fetch(HqClient& client, const QString& mobileOrCard)
{
    auto found = client.lookupMember(mobileOrCard);
    if (!found)
        return found.error();
    QList<PulledChange> changes;
    QList<Uuid> members;
    for (const QJsonValue& v : *found) {
        const QJsonObject o = v.toObject();
        const QJsonObject member = o.value(QStringLiteral("member")).toObject();
        members.append(Uuid::fromString(member.value(QStringLiteral("uuid")).toString()));
        appendRows(changes, QStringLiteral("member"), QJsonArray{member});
        appendRows(changes, QStringLiteral("points"), o.value(QStringLiteral("points")).toArray());
        appendRows(changes, QStringLiteral("wallet"), o.value(QStringLiteral("wallet")).toArray());
    }
    auto stored = guarded([&] {
        Transaction tx(m_db);
        m_inbox.store(changes);
        tx.commit();
    });
    if (!stored)
        return stored.error();
    auto applied = m_inbox.applyPending();
    if (!applied)
        return applied.error();
    return members;
}

} // namespace patron

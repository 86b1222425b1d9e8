#pragma once
// The outbox: every change head office must learn is an event written here in the same
// transaction as the change itself, so a crash keeps both or neither. The sync worker pushes
// pending events and marks them pushed only after head office has committed them. Events are
// kept (by id) after they are pushed; a mark in meta says how far they all have been.

#include "common/Uuid.h"
#include "sync/Hlc.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace patron {

class Clock;
class Database;

struct OutboxEvent {
    qint64 id = 0;
    Uuid uuid;
    QString type;     // e.g. "sale.completed", "member.registered", "user.added"
    int version = 1;  // payload format version; head office accepts the previous one too
    QString hlc;
    QString storeCode;
    QString tillCode;
    QJsonObject payload;
    QString createdAt;
    QString pushedAt;  // empty while pending
};

class Outbox {
public:
    Outbox(Database& db, QString storeCode, QString tillCode, const Clock& clock);

    // Appends an event. Must run inside the caller's transaction (throws StoreException on a
    // storage error, which rolls the whole business action back).
    OutboxEvent append(const QString& type, int version, const QJsonObject& payload);
    // The same for a payload already written as compact JSON (common/JsonWriter), on paths where
    // building a QJsonObject first would cost more than the rest of the action (the sale event).
    void appendJson(const QString& type, int version, const QByteArray& compactJson);

    QList<OutboxEvent> pending(int limit) const;
    qint64 pendingCount() const;
    void markPushed(const QList<Uuid>& uuids, const QString& at);
    Hlc& hlc() { return m_hlc; }

private:
    // Writes the row and advances the clock; the returned event has no payload filled in.
    OutboxEvent insert(const QString& type, int version, const QByteArray& compactJson);
    // Every event up to this id has been pushed (see Outbox.cpp).
    qint64 pushedThrough() const;

    Database& m_db;
    QString m_store, m_till;
    const Clock& m_clock;
    Hlc m_hlc;
};

} // namespace patron

#pragma once
// sale.completed payloads as docs/sync-events.md defines them, generated from a seed with
// hand-written arithmetic (no std distributions), with the total computed independently.

#include "store/Store.h"

#include <QDateTime>
#include <QJsonObject>

namespace patron::test {

struct SaleEvent {
    QJsonObject payload;
    qint64 totalMinor = 0;
};

SaleEvent makeSale(quint32 seed, int lines, const QDateTime& at, const StoreIdentity& store,
                   const QString& memberUuid = {});

} // namespace patron::test

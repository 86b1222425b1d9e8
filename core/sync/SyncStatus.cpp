#include "sync/SyncStatus.h"

namespace patron {

QJsonObject SyncStatus::toJson() const
{
    return {{QStringLiteral("configured"), configured},
            {QStringLiteral("online"), online},
            {QStringLiteral("pending_events"), pendingEvents},
            {QStringLiteral("inbox_pending"), inboxPending},
            {QStringLiteral("last_success_at"), lastSuccessAt.isEmpty() ? QJsonValue() : QJsonValue(lastSuccessAt)},
            {QStringLiteral("last_attempt_at"), lastAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(lastAttemptAt)},
            {QStringLiteral("last_error_code"), lastErrorCode.isEmpty() ? QJsonValue() : QJsonValue(lastErrorCode)},
            {QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
            {QStringLiteral("drift_ms"), driftMs ? QJsonValue(*driftMs) : QJsonValue()},
            {QStringLiteral("drift_warning"), driftWarning}};
}

} // namespace patron

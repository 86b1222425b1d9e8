#include "common/Error.h"

namespace patron {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already_exists");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong_passphrase");
    case ErrorCode::NotAStore: return QStringLiteral("not_a_store");
    case ErrorCode::StoreTooNew: return QStringLiteral("store_too_new");
    case ErrorCode::StoreDamaged: return QStringLiteral("store_damaged");
    case ErrorCode::ReadOnly: return QStringLiteral("read_only");
    case ErrorCode::DiskFull: return QStringLiteral("disk_full");
    case ErrorCode::IoError: return QStringLiteral("io_error");
    case ErrorCode::StoreBusy: return QStringLiteral("store_busy");
    case ErrorCode::AuthFailed: return QStringLiteral("auth_failed");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorCode::Refused: return QStringLiteral("refused");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace patron

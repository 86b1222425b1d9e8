#pragma once
// Error codes and the error value carried by Result<T>: a stable code for programs (the CLI's
// JSON, tests) and a message translated where the error happens, for people.

#include <QString>

namespace patron {

enum class ErrorCode {
    InvalidInput,      // the caller gave something malformed
    NotFound,          // a named thing does not exist
    AlreadyExists,     // a unique thing exists already
    WrongPassphrase,   // the recovery passphrase does not unwrap the key
    NotAStore,         // the file or folder is not a Patron store
    StoreTooNew,       // made by a newer Patron: refused, never modified
    StoreDamaged,      // the store or backup fails its integrity checks
    ReadOnly,          // the disk or file is read-only
    DiskFull,          // no space left
    IoError,           // any other input/output failure
    StoreBusy,         // another writer holds the store
    AuthFailed,        // wrong user or PIN
    Locked,            // the user is locked or must wait (backoff)
    PermissionDenied,  // the user's role does not allow the action
    Refused,           // a business rule refuses the action (limit, state, balance)
    Conflict,          // the action conflicts with the current state
    Unavailable,       // a service (keychain, head office, printer) is not reachable
    Internal,          // a bug: reported, never expected
};

// Stable snake_case name used in the CLI's JSON and in docs/cli.md.
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  // already translated
};

} // namespace patron

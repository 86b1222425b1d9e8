#pragma once
// PINs are stored as Argon2id hashes (libsodium's self-describing crypto_pwhash_str format), so
// the cost can rise later without invalidating existing PINs.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace patron {

// A PIN is 4 to 12 digits; full-width digits are accepted and normalised.
Result<QByteArray> normalizePin(const QString& pin);
QString hashPin(const QByteArray& pin);
bool verifyPin(const QString& hash, const QByteArray& pin);

} // namespace patron

#pragma once
// A secret (a passphrase) handed to a worker thread or through a queued signal. A QByteArray is
// copied implicitly into every lambda and queued event, all copies sharing one buffer that wipe()
// on another copy cannot reach (it detaches first), so the last copy would be freed unzeroed. A
// shared SecureBytes is never copied and is zeroed when its last holder lets go.

#include "common/SecureBytes.h"

#include <QMetaType>

#include <memory>

namespace patron {

using SharedSecret = std::shared_ptr<const SecureBytes>;

// A new secret holding a copy of `bytes` (the caller wipes its own).
inline SharedSecret makeSecret(const QByteArray& bytes)
{
    return std::make_shared<const SecureBytes>(SecureBytes::fromRaw(bytes.constData(), std::size_t(bytes.size())));
}

// The secret as a QByteArray for an API that takes one: no copy, valid while `secret` lives.
inline QByteArray secretView(const SharedSecret& secret)
{
    return secret ? QByteArray::fromRawData(reinterpret_cast<const char*>(secret->data()), qsizetype(secret->size()))
                  : QByteArray();
}

} // namespace patron

Q_DECLARE_METATYPE(patron::SharedSecret)

#include "auth/PinHasher.h"

#include "money/Money.h"
#include "store/KeyVault.h"

#include <QCoreApplication>

#include <sodium.h>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct UsersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Users)
};

Result<QByteArray> normalizePin(const QString& pin)
{
    const QString p = normalizeDigits(pin).trimmed();
    if (p.size() < 4 || p.size() > 12)
        return makeError(ErrorCode::InvalidInput, UsersTr::tr("A PIN has 4 to 12 digits."));
    for (QChar c : p)
        if (c < u'0' || c > u'9')
            return makeError(ErrorCode::InvalidInput, UsersTr::tr("A PIN has digits only."));
    return p.toLatin1();
}

QString hashPin(const QByteArray& pin)
{
    if (sodium_init() < 0)
        return {};
    const KdfProfile p = KdfProfile::forPins();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.constData(), quint64(pin.size()), p.opslimit, size_t(p.memlimit),
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPin(const QString& hash, const QByteArray& pin)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), pin.constData(), quint64(pin.size())) == 0;
}

} // namespace patron

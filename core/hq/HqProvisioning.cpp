#include "hq/HqProvisioning.h"

#include "hq/PgConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sodium.h>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqProvisioningTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqProvisioning)
};

namespace {

QString validCode(const QString& what, const QString& code)
{
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
    if (!ok.match(code).hasMatch())
        return HqProvisioningTr::tr("%1 must be 1 to 16 letters, digits, '-' or '_' (got \"%2\").").arg(what, code);
    return {};
}

// 24 random bytes as URL-safe base64: 32 characters that need no quoting anywhere.
QString randomPassword()
{
    QByteArray raw(24, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString out = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw.data(), size_t(raw.size()));
    return out;
}

// A friendlier message than PostgreSQL's for the mistakes an administrator makes.
Error explain(const Error& e, const QString& what)
{
    if (e.code == ErrorCode::AlreadyExists)
        return makeError(e.code, HqProvisioningTr::tr("%1 exists already.").arg(what));
    if (e.code == ErrorCode::NotFound)
        return makeError(e.code, HqProvisioningTr::tr("%1 does not exist at head office.").arg(what));
    return e;
}
} // namespace

QString quoteDsnValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

Result<void> HqProvisioning::addStore(const QString& code, const QString& name)
{
    if (const QString problem = validCode(HqProvisioningTr::tr("The store code"), code); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HqProvisioningTr::tr("The store needs a name."));
    auto r = m_conn.exec("SELECT hq.add_store($1, $2)", {code, name});
    if (!r)
        return explain(r.error(), HqProvisioningTr::tr("Store %1").arg(code));
    return {};
}

Result<HqTillCredentials> HqProvisioning::addTill(const QString& storeCode, const QString& tillCode,
                                                  const QString& publicHost)
{
    if (const QString problem = validCode(HqProvisioningTr::tr("The till code"), tillCode); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    HqTillCredentials c;
    c.storeCode = storeCode;
    c.tillCode = tillCode;
    c.password = randomPassword();
    auto r = m_conn.exec("SELECT hq.add_till($1, $2, $3)", {storeCode, tillCode, c.password});
    if (!r) {
        const Error e = r.error();
        if (e.code == ErrorCode::NotFound)
            return explain(e, HqProvisioningTr::tr("Store %1").arg(storeCode));
        return explain(e, HqProvisioningTr::tr("Till %1 in store %2").arg(tillCode, storeCode));
    }
    c.role = r->text(0, 0);
    const QString host = publicHost.isEmpty() ? m_conn.host() : publicHost;
    c.dsn = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
                .arg(quoteDsnValue(host), quoteDsnValue(m_conn.port()), quoteDsnValue(m_conn.database()),
                     quoteDsnValue(c.role), c.password);
    return c;
}

Result<void> HqProvisioning::revokeTill(const QString& storeCode, const QString& tillCode)
{
    auto r = m_conn.exec("SELECT hq.revoke_till($1, $2)", {storeCode, tillCode});
    if (!r)
        return explain(r.error(), HqProvisioningTr::tr("Till %1 in store %2").arg(tillCode, storeCode));
    return {};
}

Result<QJsonArray> HqProvisioning::stores()
{
    auto r = m_conn.exec(
        "SELECT coalesce(jsonb_agg(jsonb_build_object('code', s.code, 'name', s.name, 'store_uuid', s.store_uuid,"
        " 'currency', s.currency, 'tills', (SELECT count(*) FROM hq.tills t WHERE t.store_id = s.id AND t.revoked_at IS NULL))"
        " ORDER BY s.code), '[]') FROM hq.stores s");
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

Result<QJsonArray> HqProvisioning::tills()
{
    auto r = m_conn.exec(
        "SELECT coalesce(jsonb_agg(jsonb_build_object('store', s.code, 'till', t.code, 'role', t.role_name,"
        " 'revoked_at', t.revoked_at, 'last_push_at', t.last_push_at, 'receipt_epoch', t.receipt_epoch)"
        " ORDER BY s.code, t.code), '[]') FROM hq.tills t JOIN hq.stores s ON s.id = t.store_id");
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

} // namespace patron

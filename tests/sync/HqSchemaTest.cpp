// Head-office schema install and provisioning against a real PostgreSQL.

#include "HqFixture.h"
#include "TestEnv.h"
#include "hq/HqSchema.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("hq init creates a versioned schema and running it again changes nothing", "[sync][hq]")
{
    HqFixture hq;
    REQUIRE(hq.scalar("SELECT count(*) FROM hq.schema_migrations") == HqSchema::latestVersion());
    auto again = HqSchema::install(hq.admin());
    REQUIRE_OK(again);
    CHECK(again->fromVersion == HqSchema::latestVersion());
    CHECK(again->toVersion == HqSchema::latestVersion());
    CHECK(hq.scalar("SELECT count(*) FROM hq.schema_migrations") == HqSchema::latestVersion());
    // The administrator is not a superuser: the schema must not depend on one.
    CHECK(hq.scalar("SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolsuper") == 0);
}

TEST_CASE("hq init refuses a head office newer than this program", "[sync][hq]")
{
    HqFixture hq;
    REQUIRE_OK(hq.admin().exec("INSERT INTO hq.schema_migrations(version, name) VALUES (99, 'future')"));
    auto r = HqSchema::install(hq.admin());
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::StoreTooNew);
}

TEST_CASE("stores and tills are provisioned with one login role per till", "[sync][hq]")
{
    HqFixture hq;
    HqProvisioning p(hq.admin());
    REQUIRE_OK(p.addStore(QStringLiteral("SH01"), QStringLiteral("上海一店")));
    CHECK(p.addStore(QStringLiteral("SH01"), QStringLiteral("again")).code() == ErrorCode::AlreadyExists);
    CHECK(p.addStore(QStringLiteral("bad code"), QStringLiteral("x")).code() == ErrorCode::InvalidInput);
    CHECK(p.addStore(QStringLiteral("SH02"), QStringLiteral("  ")).code() == ErrorCode::InvalidInput);

    auto t1 = p.addTill(QStringLiteral("SH01"), QStringLiteral("T1"));
    REQUIRE_OK(t1);
    CHECK(t1->password.size() >= 32);
    CHECK(t1->dsn.contains(QStringLiteral("user=") + t1->role));
    CHECK(p.addTill(QStringLiteral("SH01"), QStringLiteral("T1")).code() == ErrorCode::AlreadyExists);
    CHECK(p.addTill(QStringLiteral("NOPE"), QStringLiteral("T1")).code() == ErrorCode::NotFound);
    REQUIRE_OK(p.addStore(QStringLiteral("SH02"), QStringLiteral("上海二店")));
    REQUIRE_OK(p.addTill(QStringLiteral("SH02"), QStringLiteral("T1")));  // unique per store only

    CHECK(hq.scalar("SELECT count(*) FROM pg_roles WHERE rolname = $1 AND rolcanlogin AND NOT rolsuper", {t1->role}) == 1);
    auto till = PgConnection::connect(hq.database().server().tillInfo(t1->dsn));
    REQUIRE_OK(till);
    CHECK(till->usesTls());
    auto tills = p.tills();
    REQUIRE_OK(tills);
    CHECK(tills->size() == 2);
}

TEST_CASE("head office accepts only TLS connections that verify its certificate", "[sync][hq]")
{
    HqFixture hq;
    const HqTillCredentials creds = hq.provision(QStringLiteral("SH01"), QStringLiteral("T1"));
    PgConnectInfo plain = hq.database().server().tillInfo(creds.dsn);
    plain.sslmode = QStringLiteral("disable");
    auto refused = PgConnection::connect(plain);
    REQUIRE_FALSE(refused.ok());

    PgConnectInfo wrongCa = hq.database().server().tillInfo(creds.dsn);
    wrongCa.sslrootcert = hq.database().server().dir() + QStringLiteral("/server.crt");  // not the CA
    CHECK_FALSE(PgConnection::connect(wrongCa).ok());

    PgConnectInfo wrongPassword = hq.database().server().tillInfo(creds.dsn);
    // Change the first character to one it is not: the password is random, so a fixed
    // replacement would leave it unchanged whenever it already started with that character.
    const QChar first = creds.password.at(0) == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
    wrongPassword.dsn.replace(creds.password, first + creds.password.mid(1));
    auto denied = PgConnection::connect(wrongPassword);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.code() == ErrorCode::AuthFailed);
    CHECK_FALSE(denied.message().contains(creds.password));
}

#include "StoreBeforeStep.h"

#include "TestEnv.h"
#include "common/SecureBytes.h"
#include "store/Migrations.h"

#include <catch2/catch.hpp>

namespace patron::test {

namespace {

Database openPlain(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    Database::Options o;
    o.create = true;
    o.encrypted = false;
    auto opened = Database::open(dir.filePath(QStringLiteral("patron.db")), SecureBytes(), o);
    REQUIRE_OK(opened);
    return std::move(*opened);
}

} // namespace

StoreBeforeStep::StoreBeforeStep(int version) : m_db(openPlain(m_dir))
{
    m_db.configureForUse();
    std::vector<Migration> before;
    for (const Migration& m : patronMigrations())
        if (m.version < version)
            before.push_back(m);
    REQUIRE_OK(migrate(m_db, before));
}

void StoreBeforeStep::migrateRest()
{
    REQUIRE_OK(migrate(m_db, patronMigrations()));
}

void StoreBeforeStep::migrateThrough(int last)
{
    std::vector<Migration> through;
    for (const Migration& m : patronMigrations())
        if (m.version <= last)
            through.push_back(m);
    REQUIRE_OK(migrate(m_db, through));
}

} // namespace patron::test

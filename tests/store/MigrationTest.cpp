#include "TempStore.h"
#include "TestEnv.h"

#include "store/Migrations.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("A failing migration step rolls back completely", "[store][migration]")
{
    TempStore t;
    const int base = schemaVersion(t.db());
    std::vector<Migration> steps = patronMigrations();
    steps.push_back({base + 1, "adds a table", [](Database& db) { db.exec("CREATE TABLE extra_one(x INTEGER)"); }});
    steps.push_back({base + 2, "fails half way", [](Database& db) {
                         db.exec("CREATE TABLE extra_two(x INTEGER)");
                         db.exec("INSERT INTO extra_two VALUES (1)");
                         db.exec("INSERT INTO no_such_table VALUES (1)");  // fails
                     }});
    auto r = migrate(t.db(), steps);
    CHECK_FALSE(r.ok());
    // Step base+1 committed, step base+2 left nothing behind.
    CHECK(schemaVersion(t.db()) == base + 1);
    CHECK(t.db().queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'extra_one'") == 1);
    CHECK(t.db().queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'extra_two'") == 0);
    CHECK(t.db().queryInt64("SELECT max(version) FROM schema_migrations") == base + 1);
    CHECK_FALSE(t.db().inTransaction());

    // Fixing the step lets the migration finish.
    steps.back().apply = [](Database& db) { db.exec("CREATE TABLE extra_two(x INTEGER)"); };
    REQUIRE_OK(migrate(t.db(), steps));
    CHECK(schemaVersion(t.db()) == base + 2);
}

TEST_CASE("Every shipped migration is recorded in order", "[store][migration]")
{
    TempStore t;
    Statement s = t.db().prepare("SELECT version, name FROM schema_migrations ORDER BY version");
    int expected = 1;
    while (s.step()) {
        CHECK(s.int64(0) == expected);
        CHECK_FALSE(s.text(1).isEmpty());
        ++expected;
    }
    CHECK(expected - 1 == latestSchemaVersion());
    const auto& steps = patronMigrations();
    for (size_t i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == int(i) + 1);  // no gaps, no duplicates
}

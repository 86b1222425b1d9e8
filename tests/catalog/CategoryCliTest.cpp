// patron-cli category list|add|rename|move|delete, as a script would run them.

#include "CliRunner.h"
#include "TestEnv.h"

#include <QJsonArray>

using namespace patron::test;

namespace {

struct CategoryCli {
    QTemporaryDir tmp;
    CliRunner cli{tmp.filePath(QStringLiteral("store"))};
    const QStringList admin{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("1234")};

    CategoryCli()
    {
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
        REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("Shop"), QStringLiteral("--store-code"),
                         QStringLiteral("S1"), QStringLiteral("--till-code"), QStringLiteral("T1"), QStringLiteral("--admin-pin"),
                         QStringLiteral("1234")})
                    .exitCode
                == 0);
    }
    CliResult run(const QStringList& args) const { return cli.run(admin + args); }
    QStringList paths() const
    {
        QStringList out;
        for (const auto& c : run({QStringLiteral("category"), QStringLiteral("list")}).json[QStringLiteral("categories")].toArray())
            out << c[QStringLiteral("path")].toString();
        return out;
    }
};

} // namespace

TEST_CASE("patron-cli category add, rename, move, delete and list", "[cli][catalog][categories]")
{
    CategoryCli c;
    auto add = c.run({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("饮料")});
    INFO(add.out.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.json[QStringLiteral("category")][QStringLiteral("path")].toString() == QStringLiteral("饮料"));
    REQUIRE(c.run({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("碳酸饮料"), QStringLiteral("--parent"),
                   QStringLiteral("饮料")})
                .exitCode
            == 0);
    REQUIRE(c.run({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("零食")}).exitCode == 0);
    REQUIRE(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("C1"),
                   QStringLiteral("--name"), QStringLiteral("可口可乐"), QStringLiteral("--price"), QStringLiteral("3.50"),
                   QStringLiteral("--category"), QStringLiteral("饮料/碳酸饮料")})
                .exitCode
            == 0);
    CHECK(c.paths() == QStringList{QStringLiteral("零食"), QStringLiteral("饮料"), QStringLiteral("饮料/碳酸饮料")});

    auto renamed = c.run({QStringLiteral("category"), QStringLiteral("rename"), QStringLiteral("饮料"), QStringLiteral("酒水饮料")});
    REQUIRE(renamed.exitCode == 0);
    auto show = c.run({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("C1")});
    CHECK(show.out.contains(QStringLiteral("酒水饮料/碳酸饮料")));

    // A cycle is refused with its own exit code and message; nothing moves.
    auto cycle = c.run({QStringLiteral("category"), QStringLiteral("move"), QStringLiteral("酒水饮料"), QStringLiteral("--to"),
                        QStringLiteral("酒水饮料/碳酸饮料")});
    CHECK(cycle.exitCode != 0);
    CHECK(cycle.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    auto moved = c.run({QStringLiteral("category"), QStringLiteral("move"), QStringLiteral("酒水饮料/碳酸饮料"), QStringLiteral("--to"),
                        QStringLiteral("零食")});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.json[QStringLiteral("category")][QStringLiteral("path")].toString() == QStringLiteral("零食/碳酸饮料"));
    REQUIRE(c.run({QStringLiteral("category"), QStringLiteral("move"), QStringLiteral("零食/碳酸饮料"), QStringLiteral("--top")})
                .exitCode
            == 0);
    // Neither or both of --to and --top is a usage error.
    CHECK(c.run({QStringLiteral("category"), QStringLiteral("move"), QStringLiteral("碳酸饮料")}).exitCode == 2);

    // Delete: refused while the product uses it, done once it is empty.
    auto used = c.run({QStringLiteral("category"), QStringLiteral("delete"), QStringLiteral("碳酸饮料")});
    CHECK(used.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    CHECK(used.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("1 product")));
    REQUIRE(c.run({QStringLiteral("category"), QStringLiteral("delete"), QStringLiteral("零食")}).exitCode == 0);
    auto missing = c.run({QStringLiteral("category"), QStringLiteral("delete"), QStringLiteral("零食")});
    CHECK(missing.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("not_found"));
    CHECK(c.paths() == QStringList{QStringLiteral("碳酸饮料"), QStringLiteral("酒水饮料")});
}

TEST_CASE("patron-cli category changes are refused while head office owns the catalog", "[cli][catalog][categories]")
{
    CategoryCli c;
    REQUIRE(c.run({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("饮料")}).exitCode == 0);
    auto joined = c.run({QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--dsn"),
                         QStringLiteral("host=hq.example dbname=patron user=till1 password=secret"), QStringLiteral("--sslmode"),
                         QStringLiteral("require")});
    INFO(joined.out.toStdString());
    REQUIRE(joined.exitCode == 0);
    auto refused = c.run({QStringLiteral("category"), QStringLiteral("rename"), QStringLiteral("饮料"), QStringLiteral("酒水")});
    CHECK(refused.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    CHECK(refused.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("head office")));
    // Looking stays allowed.
    CHECK(c.paths() == QStringList{QStringLiteral("饮料")});
}

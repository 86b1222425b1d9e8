#include "CliRunner.h"
#include "ReportsDataSet.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {
struct CliShop {
    TempStore ts;
    CliRunner cli{ts.dir()};
    CliShop()
    {
        { ReportsDataSet data(ts); }
        ts.close();
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        cli.env().insert(QStringLiteral("PATRON_USER"), QStringLiteral("admin"));
        cli.env().insert(QStringLiteral("PATRON_PIN"), QStringLiteral("1234"));
    }
    CliResult run(const QStringList& args) { return cli.run(args); }
};
} // namespace

TEST_CASE("patron-cli report sales breaks a range down and compares it with the period before", "[reports][cli]")
{
    CliShop shop;
    auto byDay = shop.run({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-03-14"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-15")});
    INFO(byDay.err.toStdString());
    REQUIRE(byDay.exitCode == 0);
    CHECK(byDay.json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("net_minor")).toInteger() == 4000);
    CHECK(byDay.json.value(QStringLiteral("previous_from")).toString() == QStringLiteral("2026-03-12"));
    const QJsonArray rows = byDay.json.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).toObject().value(QStringLiteral("net_minor")).toInteger() == 2400);

    auto byCategory = shop.run({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--by"), QStringLiteral("category")});
    REQUIRE(byCategory.exitCode == 0);
    const QJsonObject first = byCategory.json.value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("category")).toString() == QStringLiteral("零食"));
    CHECK(first.value(QStringLiteral("margin_minor")).toInteger() == 1200);

    auto byTender = shop.run({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--by"), QStringLiteral("tender")});
    REQUIRE(byTender.exitCode == 0);
    CHECK(byTender.json.value(QStringLiteral("rows")).toArray().size() == 3);

    auto bad = shop.run({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-03-15"),
                         QStringLiteral("--to"), QStringLiteral("2026-03-14")});
    CHECK(bad.exitCode != 0);
    CHECK(QString(bad.err + bad.out).contains(QStringLiteral("2026-03-15")));
    auto badBy = shop.run({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-03-14"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-15"), QStringLiteral("--by"), QStringLiteral("colour")});
    CHECK(badBy.exitCode != 0);
}

TEST_CASE("patron-cli report top and report dashboard", "[reports][cli]")
{
    CliShop shop;
    auto top = shop.run({QStringLiteral("report"), QStringLiteral("top"), QStringLiteral("--from"), QStringLiteral("2026-03-20"),
                         QStringLiteral("--to"), QStringLiteral("2026-04-01"), QStringLiteral("--limit"), QStringLiteral("2")});
    INFO(top.err.toStdString());
    REQUIRE(top.exitCode == 0);
    CHECK(top.json.value(QStringLiteral("from_month")).toString() == QStringLiteral("2026-03"));
    CHECK(top.json.value(QStringLiteral("to_month")).toString() == QStringLiteral("2026-04"));
    const QJsonArray rows = top.json.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("B1"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("net_minor")).toInteger() == 900);
    CHECK(shop.run({QStringLiteral("report"), QStringLiteral("top"), QStringLiteral("--from"), QStringLiteral("2026-03-20"),
                    QStringLiteral("--to"), QStringLiteral("2026-04-01"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode != 0);

    auto dash = shop.run({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--day"), QStringLiteral("2026-03-14")});
    REQUIRE(dash.exitCode == 0);
    const QJsonObject f = dash.json.value(QStringLiteral("figures")).toObject();
    CHECK(f.value(QStringLiteral("net_minor")).toInteger() == 1600);
    CHECK(f.value(QStringLiteral("sales")).toInteger() == 2);
    CHECK(f.value(QStringLiteral("average_basket_minor")).toInteger() == 800);
    CHECK(f.value(QStringLiteral("member_sales")).toInteger() == 1);
    CHECK(dash.json.value(QStringLiteral("trend")).toArray().size() == 30);
    const QJsonObject members = dash.json.value(QStringLiteral("members")).toObject();
    for (const char* key : {"new_members", "top_ups", "top_up_principal_minor", "top_up_bonus_minor", "points_issued",
                            "points_redeemed"})
        CHECK(members.contains(QString::fromLatin1(key)));
    CHECK(dash.json.value(QStringLiteral("previous_members")).isObject());
    CHECK(dash.json.value(QStringLiteral("previous_trend")).toArray().size() == 30);
    // The plain-text answer carries the member figures too, the same numbers as the JSON.
    auto dashText = shop.cli.run({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--day"), QStringLiteral("2026-03-14")},
                                 /*json=*/false);
    REQUIRE(dashText.exitCode == 0);
    CHECK(dashText.out.contains(QStringLiteral("Members: %1 new, %2 top-ups")
                                    .arg(members.value(QStringLiteral("new_members")).toInteger())
                                    .arg(members.value(QStringLiteral("top_ups")).toInteger())));

    CliRunner anonymous(shop.ts.dir());
    anonymous.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    CHECK(anonymous.run({QStringLiteral("report"), QStringLiteral("dashboard")}).exitCode != 0);
}

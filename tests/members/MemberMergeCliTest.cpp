#include "CliRunner.h"
#include "MembersFixture.h"

using namespace patron;
using namespace patron::test;

namespace {
// A store made by TempStore (admin/1234), closed so patron-cli can take its lock.
struct CliStore {
    TempStore ts;
    CliRunner cli{ts.dir()};
    CliStore()
    {
        ts.close();
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        cli.env().insert(QStringLiteral("PATRON_USER"), QStringLiteral("admin"));
        cli.env().insert(QStringLiteral("PATRON_PIN"), QStringLiteral("1234"));
    }
    CliResult run(const QStringList& args) const
    {
        CliResult r = cli.run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        return r;
    }
    QJsonObject member(const QString& mobile, const QString& name) const
    {
        auto r = run({QStringLiteral("member"), QStringLiteral("add"), mobile, name});
        REQUIRE(r.exitCode == 0);
        return r.json.value(QStringLiteral("member")).toObject();
    }
};

QString idRef(const QJsonObject& member) { return QStringLiteral("id:%1").arg(member.value(QStringLiteral("id")).toInteger()); }
} // namespace

TEST_CASE("patron-cli member merge moves balances, takes chosen fields and refuses a second merge", "[cli][members][merge]")
{
    CliStore s;
    const QJsonObject a = s.member(QStringLiteral("13800138000"), QStringLiteral("张三"));
    const QJsonObject b = s.member(QStringLiteral("13900139000"), QStringLiteral("张三"));
    REQUIRE(s.run({QStringLiteral("topup"), idRef(b), QStringLiteral("50"), QStringLiteral("--pay"), QStringLiteral("cash")}).exitCode == 0);
    REQUIRE(s.run({QStringLiteral("points"), QStringLiteral("adjust"), idRef(b), QStringLiteral("40"), QStringLiteral("--reason"),
                   QStringLiteral("welcome")}).exitCode == 0);

    auto usage = s.run({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("--survivor"), idRef(a)});
    CHECK(usage.exitCode == 2);
    auto badField = s.run({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("--survivor"), idRef(a),
                           QStringLiteral("--merged"), idRef(b), QStringLiteral("--take"), QStringLiteral("shoe")});
    CHECK(badField.exitCode == 1);

    auto merged = s.run({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("--survivor"), idRef(a),
                         QStringLiteral("--merged"), idRef(b), QStringLiteral("--take"), QStringLiteral("mobile")});
    REQUIRE(merged.exitCode == 0);
    const QJsonObject survivor = merged.json.value(QStringLiteral("member")).toObject();
    CHECK(survivor.value(QStringLiteral("id")).toInteger() == a.value(QStringLiteral("id")).toInteger());
    CHECK(survivor.value(QStringLiteral("mobile")).toString() == u"13900139000");
    CHECK(merged.json.value(QStringLiteral("principal_moved_minor")).toInteger() == 5000);
    CHECK(merged.json.value(QStringLiteral("points_moved")).toInteger() == 40);
    CHECK(merged.json.value(QStringLiteral("merged_uuid")).toString() == b.value(QStringLiteral("uuid")).toString());

    // The merged member's old reference shows the survivor; merging it again is refused.
    auto show = s.run({QStringLiteral("member"), QStringLiteral("show"), idRef(b)});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json.value(QStringLiteral("member")).toObject().value(QStringLiteral("id")).toInteger()
          == a.value(QStringLiteral("id")).toInteger());
    const QJsonObject c = s.member(QStringLiteral("13700137000"), QStringLiteral("王五"));
    auto again = s.run({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("--survivor"), idRef(c),
                        QStringLiteral("--merged"), idRef(b)});
    CHECK(again.exitCode == 1);  // not "merge a into c", which id:b would otherwise resolve to
    CHECK(again.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == u"refused");
    auto self = s.run({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("--survivor"), idRef(a),
                       QStringLiteral("--merged"), idRef(a)});
    CHECK(self.exitCode == 1);
    CHECK(self.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == u"invalid_input");
}

TEST_CASE("patron-cli countcard add takes uses and validity from the rules' count-card product", "[cli][members]")
{
    CliStore s;
    QJsonObject rules = standardRules();
    rules.insert(QStringLiteral("count_cards"),
                 QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("WASH")},
                                        {QStringLiteral("name"), QStringLiteral("洗车 10 次卡")},
                                        {QStringLiteral("uses"), 10},
                                        {QStringLiteral("valid_days"), 365},
                                        {QStringLiteral("price_minor"), 30000}}});
    QFile file(s.ts.tempPath(QStringLiteral("rules.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(rules).toJson());
    file.close();
    REQUIRE(s.run({QStringLiteral("rules"), QStringLiteral("set"), file.fileName()}).exitCode == 0);
    auto shown = s.run({QStringLiteral("rules"), QStringLiteral("show")});
    const QJsonArray cards = shown.json.value(QStringLiteral("rules")).toObject().value(QStringLiteral("count_cards")).toArray();
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].toObject().value(QStringLiteral("price_minor")).toInteger() == 30000);

    const QJsonObject m = s.member(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto card = s.run({QStringLiteral("countcard"), QStringLiteral("add"), idRef(m), QStringLiteral("--sku"), QStringLiteral("WASH")});
    REQUIRE(card.exitCode == 0);
    const QJsonObject c = card.json.value(QStringLiteral("count_card")).toObject();
    CHECK(c.value(QStringLiteral("remaining")).toInt() == 10);
    CHECK(c.value(QStringLiteral("name")).toString() == QStringLiteral("洗车 10 次卡"));
    auto unknown = s.run({QStringLiteral("countcard"), QStringLiteral("add"), idRef(m), QStringLiteral("--sku"), QStringLiteral("OTHER")});
    CHECK(unknown.exitCode == 2);
}

#include "CliRunner.h"
#include "MembersFixture.h"

#include "common/Csv.h"

#include <QStringEncoder>

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
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(ts.tempPath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
};
} // namespace

TEST_CASE("patron-cli registers, finds, tops up, adjusts and reports members as JSON", "[cli][members]")
{
    CliStore s;
    const QString rules = s.write(QStringLiteral("rules.json"), QJsonDocument(standardRules()).toJson());
    auto set = s.run({QStringLiteral("rules"), QStringLiteral("set"), rules});
    REQUIRE(set.exitCode == 0);
    CHECK(set.json.value(QStringLiteral("version")).toInt() == 1);

    auto add = s.run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("13800138000"), QStringLiteral("张三"),
                      QStringLiteral("--birthday"), QStringLiteral("1990-07-01"), QStringLiteral("--consent-sms"), QStringLiteral("yes")});
    REQUIRE(add.exitCode == 0);
    const QJsonObject member = add.json.value(QStringLiteral("member")).toObject();
    CHECK(member.value(QStringLiteral("mobile")).toString() == u"13800138000");
    CHECK(member.value(QStringLiteral("consent_marketing_sms")).toBool());
    const QString card = member.value(QStringLiteral("card_no")).toString();

    auto bad = s.run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("12345"), QStringLiteral("李四")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == u"invalid_input");

    auto find = s.run({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("8000")});
    REQUIRE(find.exitCode == 0);
    CHECK(find.json.value(QStringLiteral("members")).toArray().size() == 1);
    CHECK(s.run({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("三")}).json
              .value(QStringLiteral("members")).toArray().size() == 1);

    auto top = s.run({QStringLiteral("topup"), card, QStringLiteral("100"), QStringLiteral("--pay"), QStringLiteral("cash")});
    REQUIRE(top.exitCode == 0);
    CHECK(top.json.value(QStringLiteral("balance_principal_minor")).toInteger() == 10000);
    CHECK(top.json.value(QStringLiteral("balance_bonus_minor")).toInteger() == 1000);
    const QString entry = top.json.value(QStringLiteral("entry")).toObject().value(QStringLiteral("uuid")).toString();

    auto adjust = s.run({QStringLiteral("points"), QStringLiteral("adjust"), QStringLiteral("13800138000"), QStringLiteral("2500"),
                         QStringLiteral("--reason"), QStringLiteral("migration")});
    REQUIRE(adjust.exitCode == 0);
    CHECK(adjust.json.value(QStringLiteral("points")).toInteger() == 2500);
    auto gift = s.run({QStringLiteral("redeem"), QStringLiteral("13800138000"), QStringLiteral("--gift"), QStringLiteral("CUP")});
    REQUIRE(gift.exitCode == 0);
    CHECK(gift.json.value(QStringLiteral("points")).toInteger() == 500);
    CHECK(gift.json.value(QStringLiteral("stock_left")).toInteger() == 0);

    auto show = s.run({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("id:1")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json.value(QStringLiteral("next_tier")).toObject().value(QStringLiteral("next_tier")).toString() == u"silver");
    CHECK(show.json.value(QStringLiteral("coupons")).toArray().size() == 1);

    auto liability = s.run({QStringLiteral("report"), QStringLiteral("liability")});
    REQUIRE(liability.exitCode == 0);
    CHECK(liability.json.value(QStringLiteral("principal_minor")).toInteger() == 10000);

    auto refund = s.run({QStringLiteral("topup-refund"), entry});
    REQUIRE(refund.exitCode == 0);
    CHECK(refund.json.value(QStringLiteral("cash_out_minor")).toInteger() == 10000);

    auto card3 = s.run({QStringLiteral("countcard"), QStringLiteral("add"), card, QStringLiteral("--sku"), QStringLiteral("WASH"),
                        QStringLiteral("--uses"), QStringLiteral("1")});
    REQUIRE(card3.exitCode == 0);
    const QString cardId = QString::number(card3.json.value(QStringLiteral("count_card")).toObject().value(QStringLiteral("id")).toInteger());
    CHECK(s.run({QStringLiteral("countcard"), QStringLiteral("use"), cardId}).exitCode == 0);
    CHECK(s.run({QStringLiteral("countcard"), QStringLiteral("use"), cardId}).exitCode == 1);

    auto tpl = s.run({QStringLiteral("coupon"), QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("P15"), QStringLiteral("--kind"), QStringLiteral("percent_off"), QStringLiteral("--value"),
                      QStringLiteral("15"), QStringLiteral("--cap"), QStringLiteral("30")});
    REQUIRE(tpl.exitCode == 0);
    CHECK(tpl.json.value(QStringLiteral("template")).toObject().value(QStringLiteral("value")).toInteger() == 1500);
    CHECK(tpl.json.value(QStringLiteral("rules_version")).toInt() == 2);
    auto issued = s.run({QStringLiteral("coupon"), QStringLiteral("issue"), QStringLiteral("P15"), card});
    REQUIRE(issued.exitCode == 0);
    CHECK(issued.json.value(QStringLiteral("coupon")).toObject().value(QStringLiteral("cap_minor")).toInteger() == 3000);

    auto rfm = s.run({QStringLiteral("report"), QStringLiteral("rfm")});
    REQUIRE(rfm.exitCode == 0);
    CHECK(rfm.json.value(QStringLiteral("segments")).toArray().size() == 8);
    CHECK(s.run({QStringLiteral("tiers"), QStringLiteral("evaluate")}).exitCode == 0);

    auto exported = s.run({QStringLiteral("member"), QStringLiteral("export-data"), card});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("wallet_entries")).toArray().size() == 2);
    auto erase = s.run({QStringLiteral("member"), QStringLiteral("erase"), card, QStringLiteral("--reason"), QStringLiteral("asked")});
    REQUIRE(erase.exitCode == 0);
    CHECK(s.run({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("13800138000")}).json
              .value(QStringLiteral("members")).toArray().isEmpty());

    // Without a user, actions are refused.
    CliRunner anonymous(s.ts.dir());
    anonymous.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    CHECK(anonymous.run({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("1234")}).exitCode == 3);
}

TEST_CASE("patron-cli imports GBK and UTF-8 CSV, reporting bad rows by line", "[cli][members][csv]")
{
    CliStore s;
    const QString csv = QStringLiteral("手机,姓名,生日,标签\r\n13800000001,王小明,1990-07-01,vip\r\n"
                                       "12345,坏号码,,\r\n13800000002,\"李,四\",1991/2/3,\r\n13800000001,重复,,\r\n");
    QStringEncoder gbk("GB18030");
    const QByteArray gbBytes = gbk(csv);
    const QString gbFile = s.write(QStringLiteral("gbk.csv"), gbBytes);

    auto strict = s.run({QStringLiteral("member"), QStringLiteral("import"), gbFile});
    CHECK(strict.exitCode == 1);
    CHECK(strict.json.value(QStringLiteral("encoding")).toString() == u"gb18030");
    CHECK_FALSE(strict.json.value(QStringLiteral("committed")).toBool());
    const QJsonArray problems = strict.json.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(problems[1].toObject().value(QStringLiteral("line")).toInt() == 5);
    CHECK(s.run({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("13800000001")}).json
              .value(QStringLiteral("members")).toArray().isEmpty());

    auto lenient = s.run({QStringLiteral("member"), QStringLiteral("import"), gbFile, QStringLiteral("--skip-bad")});
    REQUIRE(lenient.exitCode == 0);
    CHECK(lenient.json.value(QStringLiteral("imported")).toInt() == 2);
    auto found = s.run({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("13800000002")});
    REQUIRE(found.json.value(QStringLiteral("members")).toArray().size() == 1);
    const QJsonObject li = found.json.value(QStringLiteral("members")).toArray()[0].toObject();
    CHECK(li.value(QStringLiteral("name")).toString() == u"李,四");
    CHECK(li.value(QStringLiteral("birthday")).toString() == u"1991-02-03");

    const QString utf8File = s.write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + QStringLiteral("mobile,name\n13800000003,赵六\n").toUtf8());
    auto bom = s.run({QStringLiteral("member"), QStringLiteral("import"), utf8File});
    REQUIRE(bom.exitCode == 0);
    CHECK(bom.json.value(QStringLiteral("encoding")).toString() == u"utf-8-bom");

    const QString out = s.ts.tempPath(QStringLiteral("out.csv"));
    auto exp = s.run({QStringLiteral("member"), QStringLiteral("export"), out});
    REQUIRE(exp.exitCode == 0);
    CHECK(exp.json.value(QStringLiteral("members")).toInt() == 3);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = decodeText(f.readAll());
    CHECK(text.contains(QStringLiteral("\"李,四\"")));
    CHECK(text.contains(QStringLiteral("赵六")));
}

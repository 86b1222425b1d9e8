#include "CliRunner.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace patron::test;

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

QString errorCode(const CliResult& r) { return r.json[QStringLiteral("error")][QStringLiteral("code")].toString(); }

// A store with an administrator (admin/1234) and a cashier (xiaoli/8888).
struct CliShop {
    QTemporaryDir tmp;
    CliRunner cli{tmp.filePath(QStringLiteral("store"))};
    const QStringList admin = words({"--user", "admin", "--pin", "1234"});
    const QStringList cashier = words({"--user", "xiaoli", "--pin", "8888"});

    CliShop()
    {
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
        REQUIRE(cli.run(words({"init", "--store-name", "Shop", "--store-code", "S1", "--till-code", "T1", "--admin-pin", "1234"}))
                    .exitCode == 0);
        REQUIRE(cli.run(admin + words({"user", "add", "xiaoli", "--role", "cashier", "--pin", "8888"})).exitCode == 0);
    }
    CliResult asAdmin(const QStringList& args, bool json = true) const { return cli.run(admin + args, json); }
    CliResult asCashier(const QStringList& args) const { return cli.run(cashier + args); }
    QString file(const char* name) const { return tmp.filePath(QString::fromUtf8(name)); }
};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("patron-cli product add, edit and show", "[cli][catalog]")
{
    CliShop shop;
    auto add = shop.asAdmin(words({"product", "add", "--sku", "A001", "--name", "可口可乐", "--price", "3.50", "--barcode",
                                   "6901234567892", "--barcode", "036000291452", "--plu", "102", "--category", "饮料/碳酸饮料",
                                   "--unit", "罐", "--member-price", "3", "--cost", "2.1", "--tax-percent", "13",
                                   "--initials", "KL"}));
    INFO(add.out.toStdString() << add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject p = add.json[QStringLiteral("product")].toObject();
    CHECK(p[QStringLiteral("sku")].toString() == QStringLiteral("A001"));
    CHECK(p[QStringLiteral("name")].toString() == QStringLiteral("可口可乐"));
    CHECK(p[QStringLiteral("price_minor")].toInteger() == 350);
    CHECK(p[QStringLiteral("member_price_minor")].toInteger() == 300);
    CHECK(p[QStringLiteral("cost_minor")].toInteger() == 210);
    CHECK(p[QStringLiteral("tax_bp")].toInteger() == 1300);
    CHECK(p[QStringLiteral("plu")].toString() == QStringLiteral("102"));
    CHECK(p[QStringLiteral("category")].toString() == QStringLiteral("饮料/碳酸饮料"));
    CHECK(p[QStringLiteral("unit")].toString() == QStringLiteral("罐"));
    CHECK(p[QStringLiteral("initials")].toString() == QStringLiteral("kl"));
    CHECK(p[QStringLiteral("barcodes")].toArray() == QJsonArray{QStringLiteral("0036000291452"), QStringLiteral("6901234567892")});
    CHECK(p[QStringLiteral("active")].toBool());
    CHECK_FALSE(p[QStringLiteral("weighed")].toBool());
    CHECK(p[QStringLiteral("uuid")].toString().size() == 36);

    // Edit by barcode; only the given fields change.
    auto edit = shop.asAdmin(words({"product", "edit", "036000291452", "--price", "3.80", "--inactive", "--no-member-price"}));
    REQUIRE(edit.exitCode == 0);
    const QJsonObject e = edit.json[QStringLiteral("product")].toObject();
    CHECK(e[QStringLiteral("price_minor")].toInteger() == 380);
    CHECK_FALSE(e[QStringLiteral("active")].toBool());
    CHECK_FALSE(e.contains(QStringLiteral("member_price_minor")));
    CHECK(e[QStringLiteral("name")].toString() == QStringLiteral("可口可乐"));

    auto show = shop.asCashier(words({"product", "show", "102"}));  // by PLU, any signed-in user
    REQUIRE(show.exitCode == 0);
    CHECK(show.json[QStringLiteral("product")][QStringLiteral("sku")].toString() == QStringLiteral("A001"));
    CHECK(show.json[QStringLiteral("product")][QStringLiteral("price_minor")].toInteger() == 380);
    auto text = shop.asAdmin(words({"--lang", "en", "product", "show", "A001"}), false);  // global options first
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("可口可乐")));
    CHECK(text.out.contains(QStringLiteral("3.80")));
    CHECK(text.out.contains(QStringLiteral("6901234567892")));
}

TEST_CASE("patron-cli product commands refuse bad input with stable codes", "[cli][catalog]")
{
    CliShop shop;
    REQUIRE(shop.asAdmin(words({"product", "add", "--sku", "A001", "--name", "水", "--price", "2", "--barcode", "6901234567892"}))
                .exitCode == 0);

    auto denied = shop.asCashier(words({"product", "add", "--sku", "A002", "--name", "面包", "--price", "5"}));
    CHECK(denied.exitCode == 3);
    CHECK(errorCode(denied) == QStringLiteral("permission_denied"));
    auto deniedEdit = shop.asCashier(words({"product", "edit", "A001", "--price", "1"}));
    CHECK(deniedEdit.exitCode == 3);

    auto noUser = shop.cli.run(words({"product", "find", "水"}));
    CHECK(noUser.exitCode == 3);
    CHECK(errorCode(noUser) == QStringLiteral("auth_failed"));

    auto badPrice = shop.asAdmin(words({"product", "add", "--sku", "A002", "--name", "面包", "--price", "5.555"}));
    CHECK(badPrice.exitCode == 1);
    CHECK(errorCode(badPrice) == QStringLiteral("invalid_input"));
    auto badTax = shop.asAdmin(words({"product", "add", "--sku", "A002", "--name", "面包", "--price", "5", "--tax-percent", "120"}));
    CHECK(errorCode(badTax) == QStringLiteral("invalid_input"));
    auto badCode = shop.asAdmin(words({"product", "add", "--sku", "A002", "--name", "面包", "--price", "5", "--barcode", "6901234567890"}));
    CHECK(badCode.exitCode == 1);
    CHECK(errorCode(badCode) == QStringLiteral("invalid_input"));
    auto dupCode = shop.asAdmin(words({"product", "add", "--sku", "A002", "--name", "面包", "--price", "5", "--barcode", "6901234567892"}));
    CHECK(dupCode.exitCode == 1);
    CHECK(errorCode(dupCode) == QStringLiteral("conflict"));
    CHECK(dupCode.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("A001")));
    auto dupSku = shop.asAdmin(words({"product", "add", "--sku", "A001", "--name", "面包", "--price", "5"}));
    CHECK(errorCode(dupSku) == QStringLiteral("already_exists"));
    auto both = shop.asAdmin(words({"product", "edit", "A001", "--active", "--inactive"}));
    CHECK(errorCode(both) == QStringLiteral("invalid_input"));

    CHECK(shop.asAdmin(words({"product", "add", "--name", "面包", "--price", "5"})).exitCode == 2);  // no --sku
    CHECK(shop.asAdmin(words({"product", "add", "--sku", "X", "--name", "Y", "--colour", "red"})).exitCode == 2);
    CHECK(shop.asAdmin(words({"product", "find", "水", "--limit", "0"})).exitCode == 2);

    auto missing = shop.asAdmin(words({"product", "show", "NOPE"}));
    CHECK(missing.exitCode == 1);
    CHECK(errorCode(missing) == QStringLiteral("not_found"));
    // Nothing refused was written.
    auto all = shop.asAdmin(words({"product", "find", "面包"}));
    CHECK(all.json[QStringLiteral("count")].toInt() == 0);
}

TEST_CASE("patron-cli product find searches names, initials and codes", "[cli][catalog]")
{
    CliShop shop;
    for (const QStringList& args : {words({"--sku", "N1", "--name", "康师傅红烧牛肉面", "--price", "4.5", "--barcode", "6901234567892"}),
                                    words({"--sku", "J1", "--name", "牛肉干", "--price", "28"}),
                                    words({"--sku", "W1", "--name", "长城干红", "--price", "68"}),
                                    words({"--sku", "T1", "--name", "牛肉罐头", "--price", "12", "--inactive"})})
        REQUIRE(shop.asAdmin(words({"product", "add"}) + args).exitCode == 0);

    auto beef = shop.asCashier(words({"product", "find", "牛肉"}));
    REQUIRE(beef.exitCode == 0);
    const QJsonArray found = beef.json[QStringLiteral("products")].toArray();
    REQUIRE(found.size() == 2);  // the inactive tin is left out
    CHECK(found[0][QStringLiteral("sku")].toString() == QStringLiteral("J1"));  // name prefix first
    CHECK(found[1][QStringLiteral("sku")].toString() == QStringLiteral("N1"));
    CHECK(beef.json[QStringLiteral("count")].toInt() == 2);
    CHECK(beef.json[QStringLiteral("query")].toString() == QStringLiteral("牛肉"));

    auto limited = shop.asCashier(words({"product", "find", "牛肉", "--limit", "1"}));
    CHECK(limited.json[QStringLiteral("products")].toArray().size() == 1);
    auto inactive = shop.asCashier(words({"product", "find", "罐头", "--include-inactive"}));
    CHECK(inactive.json[QStringLiteral("count")].toInt() == 1);
    auto zc = shop.asCashier(words({"product", "find", "zc"}));
    CHECK(zc.json[QStringLiteral("products")][0][QStringLiteral("sku")].toString() == QStringLiteral("W1"));
    auto code = shop.asCashier(words({"product", "find", "6901234567892"}));
    CHECK(code.json[QStringLiteral("products")][0][QStringLiteral("sku")].toString() == QStringLiteral("N1"));
    auto none = shop.asCashier(words({"product", "find", "牛面"}));
    CHECK(none.exitCode == 0);
    CHECK(none.json[QStringLiteral("count")].toInt() == 0);
}

TEST_CASE("patron-cli product import reports bad lines; export round-trips", "[cli][catalog]")
{
    CliShop shop;
    QStringEncoder gb("GB18030");
    const QString csv = QStringLiteral("货号,品名,条码,售价,分类\r\n"
                                       "A001,康师傅红烧牛肉面,6901234567892,4.50,食品/方便面\r\n"
                                       "A002,牛肉干,6901234567890,28.00,食品/零食\r\n"  // line 3: bad check digit
                                       "A003,,,1.00,食品\r\n"                           // line 4: no name
                                       "A004,长城干红,4006381333931,68,酒水\r\n");
    const QString path = shop.file("products-gbk.csv");
    writeFile(path, gb(csv));

    auto refused = shop.asAdmin(words({"product", "import"}) + QStringList{path});
    INFO(refused.out.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.json[QStringLiteral("committed")].toBool());
    CHECK(refused.json[QStringLiteral("encoding")].toString() == QStringLiteral("gb18030"));
    CHECK(refused.json[QStringLiteral("rows")].toInt() == 4);
    CHECK(refused.json[QStringLiteral("added")].toInt() == 0);
    CHECK(errorCode(refused) == QStringLiteral("invalid_input"));
    const QJsonArray problems = refused.json[QStringLiteral("problems")].toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0][QStringLiteral("line")].toInt() == 3);
    CHECK(problems[0][QStringLiteral("message")].toString().contains(QStringLiteral("6901234567890")));
    CHECK(problems[1][QStringLiteral("line")].toInt() == 4);
    CHECK(shop.asAdmin(words({"product", "show", "A001"})).exitCode == 1);  // nothing imported

    // Text mode prints every bad line too.
    auto text = shop.asAdmin(words({"--lang", "en", "product", "import"}) + QStringList{path}, false);
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QStringLiteral("6901234567890")));

    auto cashier = shop.asCashier(words({"product", "import"}) + QStringList{path});
    CHECK(cashier.exitCode == 3);

    auto skipped = shop.asAdmin(words({"product", "import", "--skip-bad"}) + QStringList{path});
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.json[QStringLiteral("committed")].toBool());
    CHECK(skipped.json[QStringLiteral("added")].toInt() == 2);
    CHECK(skipped.json[QStringLiteral("problems")].toArray().size() == 2);
    CHECK(shop.asAdmin(words({"product", "show", "6901234567892"})).json[QStringLiteral("product")][QStringLiteral("name")].toString()
          == QStringLiteral("康师傅红烧牛肉面"));

    // --no-update refuses rows whose SKU exists; without it they update.
    const QString change = shop.file("change.csv");
    writeFile(change, QByteArrayLiteral("sku,name,price\nA004,Great Wall red,70\n"));
    auto noUpdate = shop.asAdmin(words({"product", "import", "--no-update"}) + QStringList{change});
    CHECK(noUpdate.exitCode == 1);
    CHECK(noUpdate.json[QStringLiteral("problems")][0][QStringLiteral("line")].toInt() == 2);
    auto update = shop.asAdmin(words({"product", "import"}) + QStringList{change});
    REQUIRE(update.exitCode == 0);
    CHECK(update.json[QStringLiteral("updated")].toInt() == 1);
    CHECK(update.json[QStringLiteral("encoding")].toString() == QStringLiteral("utf-8"));

    auto missing = shop.asAdmin(words({"product", "import"}) + QStringList{shop.file("nope.csv")});
    CHECK(missing.exitCode == 1);
    CHECK(errorCode(missing) == QStringLiteral("not_found"));

    const QString out = shop.file("export.csv");
    auto exported = shop.asCashier(words({"product", "export"}) + QStringList{out});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json[QStringLiteral("products")].toInt() == 2);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(exported.json[QStringLiteral("bytes")].toInteger() == bytes.size());
    CHECK(bytes.startsWith("\xEF\xBB\xBFsku,name,"));
    CHECK(bytes.contains(QStringLiteral("A004,Great Wall red,4006381333931,,酒水,,70.00,").toUtf8()));

    // The export imports into a second store as the same products.
    CliShop other;
    auto again = other.asAdmin(words({"product", "import"}) + QStringList{out});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json[QStringLiteral("added")].toInt() == 2);
    auto wine = other.asAdmin(words({"product", "show", "A004"}));
    CHECK(wine.json[QStringLiteral("product")][QStringLiteral("price_minor")].toInteger() == 7000);
    CHECK(wine.json[QStringLiteral("product")][QStringLiteral("category")].toString() == QStringLiteral("酒水"));
}

TEST_CASE("patron-cli quickkey set, list and clear", "[cli][catalog]")
{
    CliShop shop;
    REQUIRE(shop.asAdmin(words({"product", "add", "--sku", "F01", "--name", "散装苹果", "--price", "9.98", "--weighed", "--unit", "千克",
                                "--plu", "10001"}))
                .exitCode == 0);
    REQUIRE(shop.asAdmin(words({"product", "add", "--sku", "B01", "--name", "法式面包", "--price", "6.5"})).exitCode == 0);

    auto set = shop.asAdmin(words({"quickkey", "set", "1", "10001", "--label", "苹果"}));
    REQUIRE(set.exitCode == 0);
    const QJsonObject key = set.json[QStringLiteral("quick_key")].toObject();
    CHECK(key[QStringLiteral("position")].toInt() == 1);
    CHECK(key[QStringLiteral("label")].toString() == QStringLiteral("苹果"));
    CHECK(key[QStringLiteral("sku")].toString() == QStringLiteral("F01"));
    CHECK(key[QStringLiteral("price_minor")].toInteger() == 998);
    CHECK(key[QStringLiteral("weighed")].toBool());
    REQUIRE(shop.asAdmin(words({"quickkey", "set", "2", "B01"})).exitCode == 0);

    auto list = shop.asCashier(words({"quickkey", "list"}));
    REQUIRE(list.exitCode == 0);
    const QJsonArray keys = list.json[QStringLiteral("quick_keys")].toArray();
    REQUIRE(keys.size() == 2);
    CHECK(keys[1][QStringLiteral("label")].toString() == QStringLiteral("法式面包"));
    CHECK(keys[1][QStringLiteral("name")].toString() == QStringLiteral("法式面包"));
    CHECK(keys[1][QStringLiteral("price_minor")].toInteger() == 650);
    CHECK(keys[1][QStringLiteral("unit")].toString() == QString());

    auto denied = shop.asCashier(words({"quickkey", "set", "3", "B01"}));
    CHECK(denied.exitCode == 3);
    CHECK(errorCode(denied) == QStringLiteral("permission_denied"));
    CHECK(shop.asAdmin(words({"quickkey", "set", "0", "B01"})).exitCode == 1);
    CHECK(shop.asAdmin(words({"quickkey", "set", "x", "B01"})).exitCode == 2);
    CHECK(errorCode(shop.asAdmin(words({"quickkey", "set", "3", "NOPE"}))) == QStringLiteral("not_found"));

    auto clear = shop.asAdmin(words({"quickkey", "clear", "1"}));
    REQUIRE(clear.exitCode == 0);
    CHECK(clear.json[QStringLiteral("cleared")].toBool());
    CHECK(clear.json[QStringLiteral("position")].toInt() == 1);
    auto again = shop.asAdmin(words({"quickkey", "clear", "1"}));
    CHECK(again.exitCode == 1);
    CHECK(errorCode(again) == QStringLiteral("not_found"));
    auto after = shop.asCashier(words({"quickkey", "list"}));
    REQUIRE(after.json[QStringLiteral("quick_keys")].toArray().size() == 1);
    CHECK(after.json[QStringLiteral("quick_keys")][0][QStringLiteral("position")].toInt() == 2);

    // Every change is in the audit chain, which still verifies.
    auto verify = shop.cli.run(words({"verify"}));
    CHECK(verify.exitCode == 0);
}

TEST_CASE("patron-cli refuses to change what head office owns once the till is joined", "[cli][catalog][hq]")
{
    CliShop shop;
    REQUIRE(shop.asAdmin(words({"product", "add", "--sku", "A1", "--name", "可乐", "--price", "3.00"})).exitCode == 0);
    QFile rules(shop.file("rules.json"));
    REQUIRE(rules.open(QIODevice::WriteOnly));
    rules.write(QJsonDocument(shop.asAdmin(words({"rules", "show"})).json[QStringLiteral("rules")].toObject()).toJson());
    rules.close();
    // Standalone, the same commands work.
    REQUIRE(shop.asAdmin(words({"rules", "set"}) + QStringList{rules.fileName()}).exitCode == 0);

    // Joining needs no reachable head office: configure only stores the connection.
    REQUIRE(shop.asAdmin(words({"sync", "configure", "--dsn", "host=hq.example dbname=patron user=till1 password=secret",
                                "--sslmode", "require"}))
                .exitCode == 0);
    const QList<QStringList> owned = {
        words({"product", "add", "--sku", "B2", "--name", "雪碧", "--price", "3.00"}),
        words({"product", "edit", "A1", "--price", "3.50"}),
        words({"product", "price", "A1", "--retail", "3.50"}),
        words({"promo", "add", "--name", "九折", "--kind", "percent", "--sku", "A1", "--percent", "10"}),
        words({"rules", "set"}) + QStringList{rules.fileName()},
        words({"category", "add", "饮料"}),
    };
    for (const QStringList& args : owned) {
        INFO(args.join(u' ').toStdString());
        auto refused = shop.asAdmin(args);
        CHECK(refused.exitCode == 1);
        CHECK(errorCode(refused) == QStringLiteral("refused"));
        CHECK(refused.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("head office")));
    }
    // Nothing changed, and looking stays allowed.
    auto shown = shop.asAdmin(words({"product", "show", "A1"}));
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json[QStringLiteral("product")][QStringLiteral("price_minor")].toInteger() == 300);
    CHECK(shop.asAdmin(words({"product", "show", "B2"})).exitCode != 0);
}

// patron-cli price changes: now, at a set time, from a CSV list, listed, cancelled, history.
// The CLI runs on the system clock, so "later" here is a date far ahead; the moment itself is
// tested with a manual clock in tests/catalog.

#include "CliRunner.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
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

struct PriceShop {
    QTemporaryDir tmp;
    CliRunner cli{tmp.filePath(QStringLiteral("store"))};
    const QStringList admin = words({"--user", "admin", "--pin", "1234"});

    PriceShop()
    {
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
        REQUIRE(cli.run(words({"init", "--store-name", "Shop", "--store-code", "S1", "--till-code", "T1", "--admin-pin", "1234"}))
                    .exitCode == 0);
        REQUIRE(cli.run(admin + words({"user", "add", "xiaoli", "--role", "cashier", "--pin", "8888"})).exitCode == 0);
        REQUIRE(run({"product", "add", "--sku", "A1", "--name", "可口可乐", "--price", "3.50", "--barcode", "6901234567892"})
                    .exitCode == 0);
        REQUIRE(run({"product", "add", "--sku", "B2", "--name", "雪碧", "--price", "3.00", "--member-price", "2.80"}).exitCode == 0);
    }
    CliResult run(std::initializer_list<const char*> args) const { return cli.run(admin + words(args)); }
    qint64 price(const char* sku) const
    {
        return run({"product", "show", sku}).json[QStringLiteral("product")][QStringLiteral("price_minor")].toInteger();
    }
    QString file(const char* name) const { return tmp.filePath(QString::fromUtf8(name)); }
};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("patron-cli product price: now, later, list, cancel and history", "[cli][catalog][price]")
{
    PriceShop shop;
    auto now = shop.run({"product", "price", "A1", "--retail", "3.80"});
    INFO(now.out.toStdString() << now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    CHECK(now.json[QStringLiteral("change")][QStringLiteral("status")].toString() == QStringLiteral("applied"));
    CHECK(shop.price("A1") == 380);

    auto later = shop.run({"product", "price", "6901234567892", "--retail", "4.20", "--member", "3.90", "--at",
                           "2099-01-01 08:00", "--note", "元旦"});
    REQUIRE(later.exitCode == 0);
    const QJsonObject change = later.json[QStringLiteral("change")].toObject();
    CHECK(change[QStringLiteral("status")].toString() == QStringLiteral("pending"));
    CHECK(change[QStringLiteral("sku")].toString() == QStringLiteral("A1"));
    CHECK(change[QStringLiteral("retail_minor")].toInteger() == 420);
    CHECK(change[QStringLiteral("member_price_minor")].toInteger() == 390);
    CHECK(change[QStringLiteral("effective_at")].toString().startsWith(QStringLiteral("2099-01-01T08:00:00")));
    CHECK(shop.price("A1") == 380);

    auto pending = shop.run({"product", "prices", "--pending"});
    REQUIRE(pending.exitCode == 0);
    const QJsonArray list = pending.json[QStringLiteral("changes")].toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0][QStringLiteral("note")].toString() == QStringLiteral("元旦"));
    CHECK(shop.run({"product", "prices"}).json[QStringLiteral("changes")].toArray().size() == 2);

    const QString id = QString::number(change[QStringLiteral("id")].toInteger());
    auto cancel = shop.cli.run(shop.admin + QStringList{QStringLiteral("product"), QStringLiteral("price-cancel"), id});
    REQUIRE(cancel.exitCode == 0);
    CHECK(cancel.json[QStringLiteral("change")][QStringLiteral("status")].toString() == QStringLiteral("cancelled"));
    auto twice = shop.cli.run(shop.admin + QStringList{QStringLiteral("product"), QStringLiteral("price-cancel"), id});
    CHECK(twice.exitCode == 1);
    CHECK(errorCode(twice) == QStringLiteral("refused"));
    CHECK(shop.run({"product", "prices", "--pending"}).json[QStringLiteral("changes")].toArray().isEmpty());

    auto history = shop.run({"product", "price-history", "A1"});
    REQUIRE(history.exitCode == 0);
    const QJsonArray h = history.json[QStringLiteral("history")].toArray();
    REQUIRE(h.size() == 2);
    CHECK(h[0][QStringLiteral("retail_minor")].toInteger() == 380);
    CHECK(h[0][QStringLiteral("source")].toString() == QStringLiteral("scheduled"));
    CHECK(h[1][QStringLiteral("retail_minor")].toInteger() == 350);
}

TEST_CASE("patron-cli product price refuses bad input with clear errors", "[cli][catalog][price]")
{
    PriceShop shop;
    CHECK(shop.run({"product", "price", "A1"}).exitCode == 2);  // nothing to change
    auto decimals = shop.run({"product", "price", "A1", "--retail", "3.999"});
    CHECK(decimals.exitCode == 1);
    CHECK(errorCode(decimals) == QStringLiteral("invalid_input"));
    auto when = shop.run({"product", "price", "A1", "--retail", "4", "--at", "tomorrow"});
    CHECK(when.exitCode == 1);
    CHECK(when.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("tomorrow")));
    auto past = shop.run({"product", "price", "A1", "--retail", "4", "--at", "2020-01-01 08:00"});
    CHECK(past.exitCode == 1);
    CHECK(errorCode(past) == QStringLiteral("invalid_input"));
    auto above = shop.run({"product", "price", "B2", "--member", "3.20"});
    CHECK(above.exitCode == 1);
    CHECK(errorCode(above) == QStringLiteral("invalid_input"));
    auto unknown = shop.run({"product", "price", "ZZZ", "--retail", "1"});
    CHECK(errorCode(unknown) == QStringLiteral("not_found"));
    auto cashier = shop.cli.run(words({"--user", "xiaoli", "--pin", "8888", "product", "price", "A1", "--retail", "1"}));
    CHECK(cashier.exitCode == 3);
    CHECK(shop.price("A1") == 350);
    CHECK(shop.run({"product", "price-cancel", "abc"}).exitCode == 2);
}

TEST_CASE("patron-cli product price-list schedules a GBK list or reports every bad row", "[cli][catalog][price]")
{
    PriceShop shop;
    QStringEncoder gbk("GB18030");
    const QByteArray good = gbk(QStringLiteral("货号,新售价,会员价\r\nA1,3.99,\r\nB2,3.10,2.90\r\n"));
    writeFile(shop.file("good.csv"), good);
    auto r = shop.cli.run(shop.admin + QStringList{QStringLiteral("product"), QStringLiteral("price-list"), shop.file("good.csv"),
                                                   QStringLiteral("--at"), QStringLiteral("2099-03-01 07:30")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json[QStringLiteral("scheduled")].toInt() == 2);
    CHECK(r.json[QStringLiteral("encoding")].toString() == QStringLiteral("gb18030"));
    CHECK(shop.run({"product", "prices", "--pending"}).json[QStringLiteral("changes")].toArray().size() == 2);

    writeFile(shop.file("bad.csv"), QByteArrayLiteral("sku,price\nA1,x\nNOPE,1\nB2,2.90\n"));
    auto bad = shop.cli.run(shop.admin + QStringList{QStringLiteral("product"), QStringLiteral("price-list"), shop.file("bad.csv")});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.json[QStringLiteral("committed")].toBool());
    const QJsonArray problems = bad.json[QStringLiteral("problems")].toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0][QStringLiteral("line")].toInt() == 2);
    CHECK(problems[1][QStringLiteral("line")].toInt() == 3);
    CHECK(shop.price("B2") == 300);  // the good row went with the bad ones
    CHECK(shop.run({"product", "price-list", "/nonexistent/x.csv"}).exitCode == 1);
}

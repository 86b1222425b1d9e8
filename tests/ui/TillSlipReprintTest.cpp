// Top-up and gift slips reprinted from the reprint dialog (Ctrl+P): the copy is rebuilt from the
// ledger entry, reaches a fake printer on loopback marked as a copy, prints what the original
// printed (balances as they were then, not now) and never opens the drawer.

#include "../printing/EscPosReader.h"
#include "../printing/FakePrinter.h"
#include "TillFixture.h"

#include "sales/ReceiptBuilder.h"
#include "till/GiftRedemptionDialog.h"
#include "till/RecentSlips.h"
#include "till/ReprintDialog.h"
#include "till/TopUpDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

QStringList printed(FakePrinter& printer, QByteArray* raw = nullptr)
{
    const QByteArray bytes = printer.waitForJob();
    if (raw)
        *raw = bytes;
    EscPosReader reader(bytes, "GB18030");
    INFO(reader.error().toStdString());
    REQUIRE(reader.ok());
    REQUIRE_FALSE(reader.texts().isEmpty());
    return reader.texts();
}

template <typename T>
T* shown(QWidget* parent)
{
    for (T* w : parent->findChildren<T*>())
        if (w->isVisible())
            return w;
    return nullptr;
}

void activate(QWidget* w)
{
    w->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == w; }));
}

void backToTill(Till& till)
{
    activate(till.window.get());
    till.scanField()->setFocus();
}

int rowContaining(QListWidget* list, const QString& text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(text))
            return i;
    return -1;
}

} // namespace

TEST_CASE("Top-up and gift slips reprint as copies of what was printed, without the drawer", "[ui][till][reprint]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    auto printer = FakePrinter::tcp();
    till.settings.setPrinterUri(printer->uri());
    TillSession& session = *till.window->session();
    addDemoGifts(session);
    attachByMobile(till, QStringLiteral("13812345678"));

    // A ￥100 top-up in cash: the original slip opens the drawer.
    QTest::keyClick(till.scanField(), Qt::Key_F8);
    auto* topUp = shown<TopUpDialog>(till.checkout());
    REQUIRE(topUp);
    topUp->findChild<QLineEdit*>(QStringLiteral("topUpAmount"))->setText(QStringLiteral("100"));
    auto* tender = topUp->findChild<QComboBox*>(QStringLiteral("topUpTender"));
    tender->setCurrentIndex(tender->findData(QStringLiteral("cash")));
    QTest::mouseClick(topUp->findChild<QPushButton*>(QStringLiteral("confirmTopUp")), Qt::LeftButton);
    QByteArray raw;
    const QStringList topUpOriginal = printed(*printer, &raw);
    CHECK(EscPosReader(raw, "GB18030").has(QByteArray::fromHex("1b70")));
    backToTill(till);

    // A minute later a gift for 500 points: the member's points move on after the top-up.
    till.clock->advanceSecs(60);
    QTest::keyClick(till.scanField(), Qt::Key_F10, Qt::ShiftModifier);
    auto* gifts = shown<GiftRedemptionDialog>(till.checkout());
    REQUIRE(gifts);
    activate(gifts);
    auto* giftList = gifts->findChild<QListWidget*>(QStringLiteral("gifts"));
    QTest::keyClick(giftList, Qt::Key_Return);
    QTest::keyClick(giftList, Qt::Key_Return);
    const QStringList giftOriginal = printed(*printer);
    backToTill(till);

    QTest::keyClick(till.scanField(), Qt::Key_P, Qt::ControlModifier);
    ReprintDialog* reprint = till.checkout()->reprintDialog();
    REQUIRE(reprint);
    auto* list = reprint->findChild<QListWidget*>(QStringLiteral("recentReceipts"));
    const int topUpRow = rowContaining(list, QStringLiteral("top-up 138****5678"));
    const int giftRow = rowContaining(list, QStringLiteral("gift 138****5678  500 points"));
    REQUIRE(topUpRow >= 0);
    REQUIRE(giftRow >= 0);
    CHECK(giftRow < topUpRow);  // newest first
    CHECK(list->item(topUpRow)->text().contains(QStringLiteral("100.00")));

    for (const auto& [row, original] : {std::pair{topUpRow, topUpOriginal}, std::pair{giftRow, giftOriginal}}) {
        list->setCurrentRow(row);
        CHECK(reprint->findChild<QLineEdit*>(QStringLiteral("receiptNumber"))->text().isEmpty());
        QTest::mouseClick(reprint->findChild<QPushButton*>(QStringLiteral("printCopy")), Qt::LeftButton);
        const QString error = reprint->findChild<QLabel*>(QStringLiteral("reprintError"))->text();
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        QByteArray copyRaw;
        QStringList copy = printed(*printer, &copyRaw);
        INFO(copy.join(u'\n').toStdString());
        CHECK_FALSE(EscPosReader(copyRaw, "GB18030").has(QByteArray::fromHex("1b70")));  // never the drawer
        const qsizetype marks = copy.removeAll(QStringLiteral("*** COPY (reprint) ***"));
        CHECK(marks == 1);
        // Line for line what the member took home, the balances of that moment included.
        CHECK(copy == original);
        REQUIRE(reprint->lastCopy());
        CHECK(reprint->lastCopy()->copy);
    }
    CHECK(reprint->lastCopy()->kind == ReceiptKind::GiftRedemption);
}

TEST_CASE("A slip copy of an entry that is no top-up or gift is refused", "[ui][till][reprint]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    Database& db = till.window->session()->store().db();
    const auto missing = storedTopUpFacts(db, 999999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.code() == ErrorCode::NotFound);
    CHECK(missing.message().contains(QStringLiteral("999999")));
    // A points entry, but no gift.
    const qint64 earn = db.queryInt64("SELECT id FROM points_entries WHERE kind <> 'redeem' LIMIT 1").value_or(0);
    REQUIRE(earn > 0);
    const auto notGift = storedGiftRedemptionFacts(db, earn);
    REQUIRE_FALSE(notGift.ok());
    CHECK(notGift.code() == ErrorCode::NotFound);
}

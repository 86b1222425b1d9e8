// Returns, reprints, the back office key and the sync status on the front till, driven like a
// cashier would: a scanner burst of the receipt number, a line picked, a reason, a manager's PIN.
// Printing goes to a real TCP socket standing in for the receipt printer.

#include "TillFixture.h"

#include "backoffice/BackOfficeWindow.h"
#include "common/BusyRunner.h"
#include "shell/IdleLock.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"
#include "till/PaymentDialog.h"
#include "till/ReprintDialog.h"
#include "till/ReturnDialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QPointer>
#include <QProgressDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

// A receipt printer on loopback: keeps what each print job (one connection) sent.
class FakePrinter {
public:
    FakePrinter()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                auto* buffer = new QByteArray;
                QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer] { *buffer += s->readAll(); });
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    jobs << *buffer;
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
    }
    QString uri() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(m_server.serverPort()); }
    bool waitForJobs(int count) { return QTest::qWaitFor([&] { return jobs.size() >= count; }, 10000); }
    QList<QByteArray> jobs;

private:
    QTcpServer m_server;
};

// ESC p: the drawer pulse the encoder sends before a cash receipt.
bool opensDrawer(const QByteArray& job) { return job.contains(QByteArray("\x1b\x70", 2)); }

// Closes a till dialog (deleted on close) and gives the till window the keyboard back: the
// offscreen platform has no window manager to do it.
void closeDialog(Till& till, QDialog* dialog)
{
    QPointer<QDialog> gone(dialog);
    dialog->close();
    REQUIRE(QTest::qWaitFor([&] { return gone.isNull(); }));
    till.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(till.window.get()));
}

// Water ×2 and oil, paid in cash; returns the receipt number.
QString cashSale(Till& till)
{
    till.prompts.answers.push_back(QStringLiteral("200"));  // the shift's float
    till.keys(ean("1005"), 8);                               // 农夫山泉 ￥2.00
    till.keys(ean("1005"), 8);
    till.keys(ean("3006"), 8);                               // 金龙鱼 ￥69.90
    REQUIRE(till.lines() == 2);
    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    QTest::keyClicks(pay->findChild<QLineEdit*>(QStringLiteral("amount")), QStringLiteral("100"));
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("tender_cash")), Qt::LeftButton);
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("finish")), Qt::LeftButton);
    REQUIRE(pay->sale().has_value());
    const QString receiptNo = pay->sale()->receiptNo;
    closeDialog(till, pay);
    return receiptNo;
}

qint64 count(Till& till, const char* sql, const QString& arg)
{
    return till.window->session()->store().db().queryInt64(sql, arg).value_or(-1);
}

// The busy dialog a BusyRunner shows, when it is on screen now.
QProgressDialog* visibleBusyDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == u"busyDialog" && w->isVisible())
            return qobject_cast<QProgressDialog*>(w);
    return nullptr;
}

} // namespace

TEST_CASE("A return by scanning the receipt: one line back to cash, the slip names the sale, the drawer opens", "[ui][till][return]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    FakePrinter printer;
    till.settings.setPrinterUri(printer.uri());
    const QString receiptNo = cashSale(till);
    REQUIRE(printer.waitForJobs(1));
    CHECK(opensDrawer(printer.jobs[0]));  // the sale itself was cash

    // The receipt's barcode read by the scanner on the checkout screen.
    till.keys(receiptNo, 8);
    ReturnDialog* dialog = till.checkout()->returnDialog();
    INFO(till.checkout()->message().toStdString());
    REQUIRE(dialog);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("returnLines"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, ReturnDialog::Sold)->text().startsWith(QStringLiteral("2")));
    CHECK(table->item(0, ReturnDialog::Returned)->text() == QStringLiteral("0"));

    // One of the two bottles of water comes back.
    table->item(0, ReturnDialog::Quantity)->setText(QStringLiteral("1"));
    table->item(0, ReturnDialog::Item)->setCheckState(Qt::Checked);
    CHECK(dialog->estimatedRefundMinor() == 200);
    auto* refund = dialog->findChild<QPushButton*>(QStringLiteral("refund"));
    QTest::mouseClick(refund, Qt::LeftButton);
    CHECK_FALSE(dialog->result().has_value());  // no reason yet
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("returnError"))->text().contains(QStringLiteral("reason")));
    auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("returnReason"));
    reason->setCurrentText(QStringLiteral("Faulty"));
    maybeScreenshot(dialog, QStringLiteral("till-return-en"));
    QTest::mouseClick(refund, Qt::LeftButton);

    // The cashier may not refund: zhang's PIN signed it off.
    CHECK(till.prompts.overrides == 1);
    REQUIRE(dialog->result().has_value());
    const ReturnResult& r = *dialog->result();
    CHECK(r.originalReceiptNo == receiptNo);
    CHECK(r.refundMinor == 200);
    REQUIRE(r.refunds.size() == 1);
    CHECK(r.refunds[0].tender == QStringLiteral("cash"));
    CHECK(r.refunds[0].amountMinor == 200);
    CHECK(count(till, "SELECT COUNT(*) FROM sales s JOIN sales o ON o.id = s.original_sale_id "
                      "WHERE s.kind = 'return' AND o.receipt_no = ?", receiptNo) == 1);
    CHECK(count(till, "SELECT -total_minor FROM sales WHERE receipt_no = ?", r.receiptNo) == 200);
    CHECK(count(till, "SELECT authorized_by = 'zhang' FROM sales WHERE receipt_no = ?", r.receiptNo) == 1);
    // Still the cashier's return (their sales report and drawer); the manager only approved it.
    CHECK(count(till, "SELECT s.cashier = o.cashier AND s.cashier <> 'zhang' FROM sales s "
                      "JOIN sales o ON o.id = s.original_sale_id WHERE s.receipt_no = ?", r.receiptNo) == 1);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("returnRefunds"))->text().contains(QStringLiteral("2.00")));
    CHECK(dialog->slipText().contains(receiptNo));
    CHECK(dialog->slipText().contains(r.receiptNo));
    QTest::qWait(50);  // the layout settles around the refund text in the event loop
    maybeScreenshot(dialog, QStringLiteral("till-return-done-en"));

    // The slip printed, with the drawer pulse: cash went back.
    REQUIRE(printer.waitForJobs(2));
    CHECK(printer.jobs[1].contains(receiptNo.toLatin1()));
    CHECK(opensDrawer(printer.jobs[1]));
    closeDialog(till, dialog);

    // Scanning the same receipt again shows what is already back; the rest can still come.
    till.keys(receiptNo, 8);
    ReturnDialog* again = till.checkout()->returnDialog();
    REQUIRE(again);
    CHECK_FALSE(again->result().has_value());  // a fresh dialog
    auto* table2 = again->findChild<QTableWidget*>(QStringLiteral("returnLines"));
    CHECK(table2->item(0, ReturnDialog::Returned)->text() == QStringLiteral("1"));
    CHECK(table2->item(0, ReturnDialog::Quantity)->text() == QStringLiteral("1"));
    // More than is left is refused before anything is written.
    again->pick(1, 2000);
    again->findChild<QComboBox*>(QStringLiteral("returnReason"))->setCurrentText(QStringLiteral("Faulty"));
    again->submit();
    CHECK_FALSE(again->result().has_value());
    CHECK(again->findChild<QLabel*>(QStringLiteral("returnError"))->text().contains(QStringLiteral("Line 1")));
    CHECK(count(till, "SELECT COUNT(*) FROM sales WHERE kind = 'return' AND reason = ?", QStringLiteral("Faulty")) == 1);
    again->close();
}

TEST_CASE("An unknown receipt number gives a clear message and no dialog", "[ui][till][return]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("RSH01-T1-1-999999")};
    QTest::keyClick(till.scanField(), Qt::Key_F11);
    CHECK_FALSE(till.checkout()->returnDialog());
    CHECK_FALSE(till.checkout()->message().isEmpty());
    CHECK(till.checkout()->message().contains(QStringLiteral("999999")));
}

namespace {

// Joins the till to a "head office" that accepts connections and never answers.
void joinSilentHeadOffice(Till& till, QTcpServer& silent)
{
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    TillSession& session = *till.window->session();
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=127.0.0.1 port=%1 dbname=patron user=till1 password=0123456789abcdef")
                   .arg(silent.serverPort());
    info.sslmode = QStringLiteral("disable");
    StoreSettings settings(session.store().db(), session.clock());
    REQUIRE(SyncConfig(settings).save(info).ok());
    session.headOfficeChanged();
}

} // namespace

TEST_CASE("Another till's receipt asks for its total; a silent head office leaves the till painted, with a busy dialog",
          "[ui][till][return][hq]")
{
    useLanguage(QStringLiteral("en"));
    // Head office that takes the connection and never says a word (a dead line, a hung server).
    QTcpServer silent;
    Till till;
    joinSilentHeadOffice(till, silent);
    TillSession& session = *till.window->session();

    till.checkout()->startReturn(QStringLiteral("RSH09-T3-1-000042"));
    ReturnDialog* dialog = till.checkout()->returnDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* total = dialog->findChild<QLineEdit*>(QStringLiteral("receiptTotal"));
    auto* lookUp = dialog->findChild<QPushButton*>(QStringLiteral("lookUpReceipt"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("returnError"));
    REQUIRE(total);
    REQUIRE(lookUp);
    CHECK(total->isVisible());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("receiptTotalPrompt"))->text().contains(QStringLiteral("total")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("refund"))->isEnabled());

    // Not a total: said so, head office not asked.
    QTest::keyClicks(total, QStringLiteral("abc"));
    QTest::mouseClick(lookUp, Qt::LeftButton);
    CHECK(error->text().contains(QStringLiteral("36.00")));

    // A total: head office is asked and never answers. The window keeps running its timers, and
    // after a moment a busy dialog says what the till waits for.
    total->setText(QStringLiteral("36.00"));
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(50);
    QString busyText;
    QTimer look;
    look.setSingleShot(true);
    QObject::connect(&look, &QTimer::timeout, [&] {
        if (QProgressDialog* busy = visibleBusyDialog())
            busyText = busy->labelText();
    });
    look.start(BusyRunner::kShowAfterMs + 700);
    QElapsedTimer waited;
    waited.start();
    QTest::mouseClick(lookUp, Qt::LeftButton);
    const qint64 ms = waited.elapsed();
    INFO("waited " << ms << " ms, " << ticks << " ticks");
    CHECK(ms >= 1500);            // the connect timeout, spent off the UI thread
    CHECK(ticks >= ms / 50 / 2);  // the event loop ran all along
    CHECK(busyText.contains(QStringLiteral("RSH09-T3-1-000042")));
    CHECK_FALSE(visibleBusyDialog());
    CHECK(error->text().contains(QStringLiteral("cannot be reached")));
    CHECK(total->isVisible());  // the cashier may try again later
    CHECK(session.store().db().queryInt64("SELECT count(*) FROM sales") == 0);
    maybeScreenshot(dialog, QStringLiteral("till-return-other-store-offline-en"));
    closeDialog(till, dialog);
}

TEST_CASE("Another till's receipt in zh_CN: the total is asked for in Chinese", "[ui][till][return][tr]")
{
    useLanguage(QStringLiteral("zh_CN"));
    QTcpServer silent;  // joined to a head office; the total is asked for before it is called
    Till till;
    joinSilentHeadOffice(till, silent);

    till.checkout()->startReturn(QStringLiteral("RBJ01-T2-1-000318"));
    ReturnDialog* dialog = till.checkout()->returnDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("receiptTotalPrompt"))->text().contains(QStringLiteral("合计")));
    CHECK(dialog->findChild<QPushButton*>(QStringLiteral("lookUpReceipt"))->text() == QStringLiteral("查询"));
    dialog->findChild<QLineEdit*>(QStringLiteral("receiptTotal"))->setText(QStringLiteral("36.00"));
    maybeScreenshot(dialog, QStringLiteral("till-return-other-store-zh_CN"));
    closeDialog(till, dialog);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("The busy dialog appears only when the wait is long enough to notice", "[ui][till][hq]")
{
    Till till;
    BusyRunner runner;
    auto seenAt = [&](int sleepMs, int lookAtMs) {
        bool seen = false;
        QTimer look;
        look.setSingleShot(true);
        QObject::connect(&look, &QTimer::timeout, [&] { seen = visibleBusyDialog() != nullptr; });
        look.start(lookAtMs);
        runner.run(QStringLiteral("Waiting"), [sleepMs] { QThread::msleep(sleepMs); });
        return seen;
    };
    CHECK_FALSE(seenAt(BusyRunner::kShowAfterMs, BusyRunner::kShowAfterMs - 60));  // a fast answer: no flicker
    CHECK(seenAt(BusyRunner::kShowAfterMs + 600, BusyRunner::kShowAfterMs + 300));
    CHECK_FALSE(visibleBusyDialog());
}

TEST_CASE("The return screen in zh_CN", "[ui][till][return][tr]")
{
    useLanguage(QStringLiteral("zh_CN"));
    Till till(QStringLiteral("zhang"), QStringLiteral("2222"));  // a manager refunds without a PIN
    const QString receiptNo = cashSale(till);
    QTest::keyClick(till.scanField(), Qt::Key_R, Qt::ControlModifier);
    CHECK_FALSE(till.checkout()->returnDialog());  // no answer scripted: cancelled
    till.prompts.answers = {receiptNo};
    QTest::keyClick(till.scanField(), Qt::Key_F11);
    ReturnDialog* dialog = till.checkout()->returnDialog();
    REQUIRE(dialog);
    dialog->pick(2, 1000);
    dialog->findChild<QComboBox*>(QStringLiteral("returnReason"))->setCurrentIndex(1);
    maybeScreenshot(dialog, QStringLiteral("till-return-zh_CN"));
    dialog->submit();
    REQUIRE(dialog->result().has_value());
    CHECK(till.prompts.overrides == 0);
    CHECK(dialog->result()->refundMinor == 6990);
    QTest::qWait(50);  // the layout settles around the refund text in the event loop
    maybeScreenshot(dialog, QStringLiteral("till-return-done-zh_CN"));
    dialog->close();
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("A reprint is a copy from the stored sale and never opens the drawer", "[ui][till][reprint]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    FakePrinter printer;
    till.settings.setPrinterUri(printer.uri());
    const QString receiptNo = cashSale(till);
    REQUIRE(printer.waitForJobs(1));

    QTest::keyClick(till.scanField(), Qt::Key_P, Qt::ControlModifier);
    ReprintDialog* dialog = till.checkout()->reprintDialog();
    REQUIRE(dialog);
    auto* recent = dialog->findChild<QListWidget*>(QStringLiteral("recentReceipts"));
    // The sale, newest, over the demo members' top-up slips.
    REQUIRE(recent->count() >= 1);
    CHECK(recent->item(0)->text().contains(receiptNo));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printCopy")), Qt::LeftButton);
    REQUIRE(dialog->lastCopy().has_value());
    CHECK(dialog->lastCopy()->copy);
    CHECK(dialog->lastCopy()->receiptNumber == receiptNo);
    // The same lines as the original, read back from the store.
    CHECK(dialog->lastCopy()->lines.size() == 2);
    CHECK(dialog->lastCopy()->totals.totalDueMinor == 2 * 200 + 6990);
    REQUIRE(printer.waitForJobs(2));
    CHECK(printer.jobs[1].contains("COPY"));
    CHECK(printer.jobs[1].contains(receiptNo.toLatin1()));
    CHECK_FALSE(opensDrawer(printer.jobs[1]));
    CHECK_FALSE(printer.jobs[0].contains("COPY"));

    // A number that is not a receipt: the reason is shown, nothing printed.
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("receiptNumber"));
    number->setText(QStringLiteral("RSH01-T1-1-424242"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("reprintError"))->text().isEmpty());
    QTest::qWait(200);
    CHECK(printer.jobs.size() == 2);
    dialog->close();
}

TEST_CASE("The back office key is there for an admin and not for a cashier", "[ui][till][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    {
        Till till(QStringLiteral("li"), QStringLiteral("0000"));
        CHECK(till.checkout()->findChild<QPushButton*>(QStringLiteral("keyBackOffice"))->isHidden());
        QTest::keyClick(till.scanField(), Qt::Key_B, Qt::ControlModifier);
        CHECK_FALSE(till.window->backOffice());
    }
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    auto* key = till.checkout()->findChild<QPushButton*>(QStringLiteral("keyBackOffice"));
    CHECK_FALSE(key->isHidden());
    QTest::mouseClick(key, Qt::LeftButton);
    REQUIRE(till.window->backOffice());
    CHECK(till.window->backOffice()->isVisible());
    CHECK(till.window->backOffice()->isWindow());
    // Locking the till closes it: it was opened with the admin's rights.
    QTest::mouseClick(till.checkout()->findChild<QPushButton*>(QStringLiteral("keyLock")), Qt::LeftButton);
    CHECK_FALSE(till.window->backOffice());
}

TEST_CASE("Without a head office the status bar says Standalone and counts the events waiting", "[ui][till][sync]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    auto* sync = till.window->findChild<QLabel*>(QStringLiteral("statusSync"));
    REQUIRE(sync);
    CHECK(sync->text().startsWith(QStringLiteral("Standalone")));
    cashSale(till);
    const qint64 waiting = till.window->session()->outbox().pendingCount();
    REQUIRE(waiting > 0);
    CHECK(sync->text() == QStringLiteral("Standalone · %1 %2 waiting").arg(waiting).arg(waiting == 1 ? QStringLiteral("event") : QStringLiteral("events")));
}

TEST_CASE("While the till waits for head office, a serial scan is dropped and the idle lock waits", "[ui][till][hq]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    IdleLock* idleLock = nullptr;
    for (IdleLock* l : till.window->findChildren<IdleLock*>())
        if (l->objectName().isEmpty())
            idleLock = l;  // the sign-out lock (the other one, "checkpointIdle", checkpoints)
    REQUIRE(idleLock);

    bool ranDuringWait = false;
    QTimer during;
    during.setSingleShot(true);
    QObject::connect(&during, &QTimer::timeout, [&] {
        ranDuringWait = true;
        // A scanner in presentation mode reads something: not a second call, not into the cart.
        till.checkout()->onSerialScanned(ean("1005"));
        // The cashier's idle time runs out: the waiting sale still holds them.
        emit idleLock->idle();
    });
    during.start(100);
    BusyRunner().run(QStringLiteral("Asking head office…"), [] { QThread::msleep(600); });
    REQUIRE(ranDuringWait);
    CHECK(till.lines() == 0);
    CHECK(till.checkout()->findChild<QLabel*>(QStringLiteral("checkoutMessage"))->text().contains(QStringLiteral("waiting for head office")));
    CHECK(till.window->session()->user().has_value());
    CHECK(qobject_cast<CheckoutPage*>(till.window->currentPage()));

    // After the call the same scan sells and the same timeout signs out.
    till.prompts.answers = {QStringLiteral("0")};
    till.checkout()->onSerialScanned(ean("1005"));
    CHECK(till.lines() == 1);
    emit idleLock->idle();
    CHECK_FALSE(qobject_cast<CheckoutPage*>(till.window->currentPage()));
}

#pragma once
// The demo store's till in a window, signed in, with scripted prompts and a scanner clock the test
// drives: shared by the till's widget tests.

#include "TestEnv.h"
#include "UiApp.h"

#include "auth/Permissions.h"
#include "catalog/Barcode.h"
#include "common/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/StoreOpener.h"
#include "shell/TillSession.h"
#include "start/LoginPage.h"
#include "store/TillSettings.h"
#include "till/CartTableModel.h"
#include "till/CheckoutPage.h"
#include "till/MemberDialog.h"
#include "till/ScanKeyFilter.h"
#include "till/TillPrompts.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>

namespace patron::test {
// The till window's size: 1024×768 (the smallest shop screen) unless a CTest run asks for
// another through PATRON_TEST_WINDOW_SIZE=WxH (the screens walk runs again at 1920×1080).
inline QSize tillWindowSize()
{
    const QStringList wh = qEnvironmentVariable("PATRON_TEST_WINDOW_SIZE").split(QLatin1Char('x'));
    if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
        return {wh[0].toInt(), wh[1].toInt()};
    return {1024, 768};
}
} // namespace patron::test
#include <QTest>
#include <QTimeZone>

#include <deque>

namespace patron::test {

using namespace patron::ui;

// Answers the checkout's questions from a script; manager overrides go through the real PIN check.
class ScriptedPrompts final : public TillPrompts {
public:
    std::optional<QString> askText(QWidget*, const QString&, const QString&, const QString&) override
    {
        if (answers.empty())
            return std::nullopt;
        QString a = answers.front();
        answers.pop_front();
        return a;
    }
    std::optional<Session> managerOverride(QWidget*, UserService& users, const QString& permission, const QString&) override
    {
        ++overrides;
        auto s = users.authorizeOverride(managerName, managerPin, permission);
        if (!s)
            return std::nullopt;
        return *s;
    }
    std::deque<QString> answers;
    QString managerName = QStringLiteral("zhang");
    QString managerPin = QStringLiteral("2222");
    int overrides = 0;
};

inline QString ean(const char* sku)
{
    const QString data = QStringLiteral("690123") + QString::fromLatin1(sku) + QStringLiteral("00");
    return data + QString::number(*gs1CheckDigit(data));
}

struct Till {
    QTemporaryDir tmp;
    TillSettings settings{tmp.filePath(QStringLiteral("till.ini"))};
    std::shared_ptr<ManualClock> clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 14), QTime(10, 0), QTimeZone(8 * 3600)));
    StoreOpener opener{tmp.filePath(QStringLiteral("store")), nullptr, *clock};
    RecordingDialogs dialogs;
    ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
    qint64 fakeMs = 1000;

    explicit Till(const QString& user = QStringLiteral("li"), const QString& pin = QStringLiteral("0000"))
    {
        ensureApp();
        MainWindowOptions options;
        options.demo = true;
        options.demoDir = tmp.filePath(QStringLiteral("demo"));
        window = std::make_unique<MainWindow>(opener, dialogs, settings, clock, options);
        window->setPrompts(prompts);
        window->resize(tillWindowSize());
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->start();
        signIn(user, pin);
        checkout()->scanFilter()->setTimeSource([this] { return fakeMs; });
    }
    void signIn(const QString& user, const QString& pin)
    {
        auto* login = qobject_cast<LoginPage*>(window->currentPage());
        REQUIRE(login);
        auto* users = login->findChild<QComboBox*>(QStringLiteral("user"));
        users->setCurrentIndex(users->findData(user));
        QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("pin")), pin);
        QTest::keyClick(login->findChild<QLineEdit*>(QStringLiteral("pin")), Qt::Key_Return);
        REQUIRE(qobject_cast<CheckoutPage*>(window->currentPage()));
    }
    CheckoutPage* checkout() { return window->checkout(); }
    QLineEdit* scanField() { return checkout()->findChild<QLineEdit*>(QStringLiteral("scanField")); }
    // Keys `gapMs` apart on the classifier's clock, then Enter.
    void keys(const QString& text, int gapMs, bool enter = true)
    {
        for (QChar c : text) {
            fakeMs += gapMs;
            QTest::keyClick(scanField(), c.toLatin1());
        }
        if (enter) {
            fakeMs += gapMs;
            QTest::keyClick(scanField(), Qt::Key_Return);
        }
    }
    int lines() { return checkout()->cartModel()->rowCount(); }
};

// The demo rules plus three gifts: 保温杯 (500 points, 5 in stock), 雨伞 (800, none left) and
// 电水壶 (5000, dearer than any demo member's points).
inline void addDemoGifts(TillSession& session)
{
    auto gift = [](const char* code, const QString& name, int points, int stock) {
        return QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("name"), name},
                           {QStringLiteral("points"), points}, {QStringLiteral("stock"), stock}};
    };
    QJsonObject rules = session.members().rules().current().toJson();
    rules.insert(QStringLiteral("gifts"), QJsonArray{gift("cup", QStringLiteral("保温杯"), 500, 5),
                                                     gift("umbrella", QStringLiteral("雨伞"), 800, 0),
                                                     gift("kettle", QStringLiteral("电水壶"), 5000, 2)});
    auto manager = session.users().authorizeOverride(QStringLiteral("zhang"), QStringLiteral("2222"), perm::RulesEdit);
    REQUIRE(manager);
    REQUIRE(session.members().rules().set(*manager, rules));
}

// F2, the mobile number typed, Enter to search, Enter to attach the first match.
inline void attachByMobile(Till& till, const QString& mobile)
{
    QTest::keyClick(till.scanField(), Qt::Key_F2);
    MemberDialog* dialog = nullptr;
    for (auto* d : till.checkout()->findChildren<MemberDialog*>())
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    auto* query = dialog->findChild<QLineEdit*>(QStringLiteral("memberQuery"));
    QTest::keyClicks(query, mobile);
    QTest::keyClick(query, Qt::Key_Return);
    QTest::keyClick(query, Qt::Key_Return);
    REQUIRE(till.checkout()->cart().memberId.has_value());
}

} // namespace patron::test

#pragma once
// A till session on a fresh store with an admin signed in, and a back office window over it,
// for the back-office widget tests.

#include "UiApp.h"

#include "backoffice/BackOfficeWindow.h"
#include "backoffice/FileChooser.h"
#include "common/Dialogs.h"
#include "shell/TillSession.h"
#include "store/TillSettings.h"
#include "TempStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace patron::test {

struct BackOffice {
    QTemporaryDir tmp;
    TillSettings settings{tmp.filePath(QStringLiteral("till.ini"))};
    std::shared_ptr<ManualClock> clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone(8 * 3600)));
    std::unique_ptr<ui::TillSession> session;
    ui::RecordingDialogs dialogs;
    ui::ScriptedFileChooser files;
    std::unique_ptr<ui::BackOfficeWindow> window;

    BackOffice()
    {
        ensureApp();
        auto store = Store::create(tmp.filePath(QStringLiteral("store")), TempStore::defaultIdentity(), kPassphrase,
                                   KdfProfile::test(), StoreOpenOptions());
        REQUIRE(store.ok());
        session = std::make_unique<ui::TillSession>(std::move(*store), clock);
        REQUIRE(session->users().bootstrapAdmin(QStringLiteral("admin"), QStringLiteral("1234")).ok());
        signIn(QStringLiteral("admin"), QStringLiteral("1234"));
    }
    void signIn(const QString& name, const QString& pin)
    {
        auto s = session->users().authenticate(name, pin);
        REQUIRE(s.ok());
        session->signIn(*s);
    }
    void open()
    {
        window = std::make_unique<ui::BackOfficeWindow>(*session, dialogs, settings, files);
        window->resize(1200, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    template <typename T>
    T* find(QObject* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    Database& db() { return session->store().db(); }
};

} // namespace patron::test

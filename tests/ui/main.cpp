// Catch2 main for widget tests. The QApplication is created lazily by the first test that needs
// one (UiApp::ensure), so listing the cases after the link needs no display; the platform
// defaults to offscreen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QByteArray>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PATRON_KDF_PROFILE", "test");
    return Catch::Session().run(argc, argv);
}

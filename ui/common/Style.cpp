#include "common/Style.h"

#include <QApplication>
#include <QFont>

namespace patron::ui {

void applyTillStyle(QApplication& app)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Sans Serif")});
    f.setPointSize(12);
    app.setFont(f);
    app.setStyle(QStringLiteral("Fusion"));
    app.setStyleSheet(QStringLiteral(
        "QPushButton { padding: 6px 14px; }"
        "QPushButton[accent=\"true\"] { background: #c62828; color: white; font-weight: bold; border-radius: 4px; }"
        "QPushButton[accent=\"true\"]:disabled { background: #bdbdbd; }"
        "QLabel[role=\"title\"] { font-size: 22pt; font-weight: bold; }"
        "QLabel[role=\"hint\"] { color: #616161; }"
        "QLabel[role=\"error\"] { color: #c62828; font-weight: bold; }"
        "QLineEdit { padding: 6px; font-size: 14pt; }"));
}

} // namespace patron::ui

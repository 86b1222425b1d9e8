#include "backoffice/FileChooser.h"

#include <QFileDialog>

namespace patron::ui {

QString QtFileChooser::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString QtFileChooser::saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

} // namespace patron::ui

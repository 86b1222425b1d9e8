#pragma once
// A node of the category tree as the back office and patron-cli show it.

#include <QString>

namespace patron {

struct Category {
    qint64 id = 0;
    qint64 parentId = 0;  // 0: top level
    QString name;         // this level only ("碳酸饮料")
    QString path;         // the whole way down ("饮料/碳酸饮料")
    int products = 0;     // products filed directly under it
    int children = 0;     // sub-categories directly under it
};

} // namespace patron

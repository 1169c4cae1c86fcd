#pragma once

#include "Record.h"

namespace liaison {

struct Person : Record
{
    QString name;       // as written in English: "Tan Wei Ming"
    QString nativeName; // in the person's own script: "陈伟明"
    QString title;      // role or title: "Director General"
    QString email;
    QString phone;
    QString notes;
};

} // namespace liaison

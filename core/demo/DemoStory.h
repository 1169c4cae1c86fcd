#pragma once

namespace liaison {

class Repository;

// The story behind Liaison, as data: a science-and-innovation network office in
// Singapore brokers a partnership between the UK's Government Digital Service
// and Singapore's GovTech over three years, from a first high-level
// introduction to a signed MoU — with a handful of other partnerships at other
// stages around it. Real organisations, fictional people.
class DemoStory
{
public:
    // Writes the story in one transaction. Throws StorageError if the database
    // already holds organisations (a demo is for an empty database).
    static void write(Repository &repository);
};

} // namespace liaison

// What the build of invoker.properties logged, and the migration generate wrote.
def log = new File(basedir, 'build.log').text
def expect = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log lacks '" + text + "'")
    }
}
expect('[INFO] Applied 1 (create notes) in ')
expect('[INFO] Applied 2 (first note) in ')
expect('[INFO] 2 migrations applied.')
expect('[INFO] 2 migrations, 0 pending.')
expect('[INFO] SAFE        add nullable column notes.title VARCHAR(80)')
expect('[INFO] ALTER TABLE "notes" ADD COLUMN "title" VARCHAR(80)')
expect("[INFO] Applied migration 1 (create notes) to database 'quarry-migrate-1' in ")
expect('[INFO] Wrote ')
expect('[INFO] 3        add title     PENDING')
expect('[INFO] 3 migrations, 1 pending.')
def generated = new File(basedir, 'src/main/resources/db/migration/0003_add_title.up.sql')
if (!generated.isFile() || !generated.text.contains('ADD COLUMN "title"')) {
    throw new AssertionError('generate wrote ' + generated)
}
def pulled = new File(basedir, 'target/pulled/com/example/pulled/Notes.java')
if (!pulled.isFile() || !pulled.text.contains('class Notes')) {
    throw new AssertionError('pull wrote ' + pulled)
}
if (new File(basedir, 'target/pulled/com/example/pulled/QuarrySchemaHistory.java').exists()) {
    throw new AssertionError('pull generated the excluded history table')
}
return true

import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search over a story: its title (weight A), its three parts (B) and the customer quote (C), with the
 * 'english' configuration. An expression index, not a stored column: the stories table does not grow, and the
 * expression is the one StoriesRepository.search writes (server/src/stories/story-search.ts), which is how the
 * planner matches it. Written by hand: TypeORM cannot describe an expression index (the entity marks it
 * synchronize: false).
 */
export class StorySearch1796236555148 implements MigrationInterface {
    name = 'StorySearch1796236555148'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "idx_stories_search" ON "stories" USING GIN ((
                setweight(to_tsvector('english'::regconfig, "title"), 'A')
                || setweight(to_tsvector('english'::regconfig, "situation" || ' ' || "action" || ' ' || "impact"), 'B')
                || setweight(to_tsvector('english'::regconfig, coalesce("customer_quote", '')), 'C')
            ))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "idx_stories_search"`);
    }

}

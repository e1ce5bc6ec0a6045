import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectConfigVersion1796216114265 implements MigrationInterface {
  name = 'ProjectConfigVersion1796216114265';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project" ADD "config_version" bigint NOT NULL DEFAULT '0'`);
    // Written by hand (TypeORM does not model triggers): every write to a project's settings or routing
    // rules, from any code path, raises its config_version in the same transaction, which is what lets
    // server processes cache them and still see a change on the very next request.
    await queryRunner.query(`CREATE FUNCTION bump_project_config_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                UPDATE project SET config_version = config_version + 1 WHERE id = OLD.project_id;
              ELSE
                UPDATE project SET config_version = config_version + 1 WHERE id = NEW.project_id;
                IF TG_OP = 'UPDATE' AND NEW.project_id IS DISTINCT FROM OLD.project_id THEN
                  UPDATE project SET config_version = config_version + 1 WHERE id = OLD.project_id;
                END IF;
              END IF;
              RETURN NULL;
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER helpdesk_settings_config_version AFTER INSERT OR UPDATE OR DELETE ON "helpdesk_settings" FOR EACH ROW EXECUTE FUNCTION bump_project_config_version()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER routing_rule_config_version AFTER INSERT OR UPDATE OR DELETE ON "routing_rule" FOR EACH ROW EXECUTE FUNCTION bump_project_config_version()`,
    );
    // Per-minute request counts may be lost in a crash (a project then gets one fresh minute): unlogged,
    // the statement every authenticated request runs no longer waits for a WAL flush.
    await queryRunner.query(`ALTER TABLE "rate_limit_bucket" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_bucket" SET LOGGED`);
    await queryRunner.query(`DROP TRIGGER routing_rule_config_version ON "routing_rule"`);
    await queryRunner.query(`DROP TRIGGER helpdesk_settings_config_version ON "helpdesk_settings"`);
    await queryRunner.query(`DROP FUNCTION bump_project_config_version()`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "config_version"`);
  }
}

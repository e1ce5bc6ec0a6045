import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team chat in Telegram: the project's forum group, one-time link codes, members' Telegram accounts,
 * ticket topics, messages written from topics, notices to unlinked users, the notifications' position, and
 * ownership-transfer codes.
 */
export class TeamChat1796654585339 implements MigrationInterface {
  name = 'TeamChat1796654585339';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_chat_group" ("project_id" uuid NOT NULL, "chat_id" bigint NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT 'ok', "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_position" bigint NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f7d7fc36552e3b3c1b1499dc1ba" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_88430da16b879631cf0cc42baf" ON "team_chat_group"  ("chat_id") `);
    await queryRunner.query(
      `CREATE TABLE "team_chat_link_code" ("code_hash" text NOT NULL, "project_id" uuid NOT NULL, "kind" text NOT NULL, "member_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c050fe0796c243bf70d0ff0b1ce" PRIMARY KEY ("code_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b999ef076c3898c832271610f1" ON "team_chat_link_code"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "team_chat_topic" ("ticket_id" uuid NOT NULL, "project_id" uuid NOT NULL, "chat_id" bigint NOT NULL, "thread_id" integer NOT NULL, "closed" boolean NOT NULL DEFAULT false, "header_sent" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_abde61655e0893127f5ab169131" PRIMARY KEY ("ticket_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f98b9f53f25d0895628a994ced" ON "team_chat_topic"  ("chat_id", "thread_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_chat_echo" ("message_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60a9b1382306a18646913cf9a1b" PRIMARY KEY ("message_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_chat_notice" ("project_id" uuid NOT NULL, "user_id" bigint NOT NULL, "told_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f0441eabe9b63d468bdc9f865f0" PRIMARY KEY ("project_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_chat_notify_position" ("project_id" uuid NOT NULL, "stream_position" bigint NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_047bae9b94f20ed7b0c58275689" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_member_telegram" ("member_id" uuid NOT NULL, "project_id" uuid NOT NULL, "user_id" bigint NOT NULL, "username" text, "notify_assigned" boolean NOT NULL DEFAULT true, "notify_customer_replied" boolean NOT NULL DEFAULT true, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db4e51460c2866046c65454b6d9" PRIMARY KEY ("member_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3ea997d0f4d7fb085fa7d2d091" ON "team_member_telegram"  ("project_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ownership_otp" ("owner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "member_id" uuid NOT NULL, "code_hash" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_643532ca9bb9c44d6f48d042df9" PRIMARY KEY ("owner_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_group" ADD CONSTRAINT "FK_f7d7fc36552e3b3c1b1499dc1ba" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_link_code" ADD CONSTRAINT "FK_ff887e02a819843d777f29f65aa" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_link_code" ADD CONSTRAINT "FK_9605e8606212ed06b6fd8ab2919" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_topic" ADD CONSTRAINT "FK_abde61655e0893127f5ab169131" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_echo" ADD CONSTRAINT "FK_66e97cfc0d3b037d1cd1c74f2d6" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_notice" ADD CONSTRAINT "FK_af2a05dcbc87ecebbd26cea42e3" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_chat_notify_position" ADD CONSTRAINT "FK_047bae9b94f20ed7b0c58275689" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member_telegram" ADD CONSTRAINT "FK_db4e51460c2866046c65454b6d9" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member_telegram" ADD CONSTRAINT "FK_87b7fe384e02712299443502dd4" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ownership_otp" ADD CONSTRAINT "FK_643532ca9bb9c44d6f48d042df9" FOREIGN KEY ("owner_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ownership_otp" ADD CONSTRAINT "FK_650c3ce8652a1cd4f76fe6722bf" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ownership_otp" ADD CONSTRAINT "FK_db638ab19cdb9a581f492bf4a66" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ownership_otp" DROP CONSTRAINT "FK_db638ab19cdb9a581f492bf4a66"`);
    await queryRunner.query(`ALTER TABLE "ownership_otp" DROP CONSTRAINT "FK_650c3ce8652a1cd4f76fe6722bf"`);
    await queryRunner.query(`ALTER TABLE "ownership_otp" DROP CONSTRAINT "FK_643532ca9bb9c44d6f48d042df9"`);
    await queryRunner.query(`ALTER TABLE "team_member_telegram" DROP CONSTRAINT "FK_87b7fe384e02712299443502dd4"`);
    await queryRunner.query(`ALTER TABLE "team_member_telegram" DROP CONSTRAINT "FK_db4e51460c2866046c65454b6d9"`);
    await queryRunner.query(`ALTER TABLE "team_chat_notify_position" DROP CONSTRAINT "FK_047bae9b94f20ed7b0c58275689"`);
    await queryRunner.query(`ALTER TABLE "team_chat_notice" DROP CONSTRAINT "FK_af2a05dcbc87ecebbd26cea42e3"`);
    await queryRunner.query(`ALTER TABLE "team_chat_echo" DROP CONSTRAINT "FK_66e97cfc0d3b037d1cd1c74f2d6"`);
    await queryRunner.query(`ALTER TABLE "team_chat_topic" DROP CONSTRAINT "FK_abde61655e0893127f5ab169131"`);
    await queryRunner.query(`ALTER TABLE "team_chat_link_code" DROP CONSTRAINT "FK_9605e8606212ed06b6fd8ab2919"`);
    await queryRunner.query(`ALTER TABLE "team_chat_link_code" DROP CONSTRAINT "FK_ff887e02a819843d777f29f65aa"`);
    await queryRunner.query(`ALTER TABLE "team_chat_group" DROP CONSTRAINT "FK_f7d7fc36552e3b3c1b1499dc1ba"`);
    await queryRunner.query(`DROP TABLE "ownership_otp"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ea997d0f4d7fb085fa7d2d091"`);
    await queryRunner.query(`DROP TABLE "team_member_telegram"`);
    await queryRunner.query(`DROP TABLE "team_chat_notify_position"`);
    await queryRunner.query(`DROP TABLE "team_chat_notice"`);
    await queryRunner.query(`DROP TABLE "team_chat_echo"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f98b9f53f25d0895628a994ced"`);
    await queryRunner.query(`DROP TABLE "team_chat_topic"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b999ef076c3898c832271610f1"`);
    await queryRunner.query(`DROP TABLE "team_chat_link_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88430da16b879631cf0cc42baf"`);
    await queryRunner.query(`DROP TABLE "team_chat_group"`);
  }
}

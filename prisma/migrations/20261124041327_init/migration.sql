-- CreateEnum
CREATE TYPE "DevelopmentStatus" AS ENUM ('developed', 'developing', 'transition');

-- CreateEnum
CREATE TYPE "UnMembership" AS ENUM ('member', 'observer');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('region', 'subregion', 'intermediate');

-- CreateTable
CREATE TABLE "region" (
    "code" CHAR(3) NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_code" CHAR(3),
    "names" JSONB NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "country" (
    "iso2" CHAR(2) NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "m49" CHAR(3) NOT NULL,
    "names" JSONB NOT NULL,
    "region_code" CHAR(3) NOT NULL,
    "subregion_code" CHAR(3) NOT NULL,
    "intermediate_code" CHAR(3),
    "un_membership" "UnMembership" NOT NULL,
    "development_status" "DevelopmentStatus" NOT NULL,
    "ldc" BOOLEAN NOT NULL,
    "lldc" BOOLEAN NOT NULL,
    "sids" BOOLEAN NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("iso2")
);

-- CreateTable
CREATE TABLE "seed_step" (
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detail" JSONB,

    CONSTRAINT "seed_step_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "country_iso3_key" ON "country"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "country_m49_key" ON "country"("m49");

-- CreateIndex
CREATE INDEX "country_region_code_idx" ON "country"("region_code");

-- CreateIndex
CREATE INDEX "country_subregion_code_idx" ON "country"("subregion_code");

-- CreateIndex
CREATE INDEX "country_intermediate_code_idx" ON "country"("intermediate_code");

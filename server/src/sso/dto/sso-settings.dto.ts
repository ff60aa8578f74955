import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../common/field-decorators';
import { trim } from '../../common/transforms';

export class SsoProviderDto {
  @ApiProperty({ description: 'Single sign-on is set up: the sign-in page offers it.' })
  enabled: boolean;

  @ApiProperty({ example: 'Okta', description: 'Shown on the sign-in button: "Sign in with <providerName>".' })
  providerName: string;

  @ApiProperty({ description: 'Passwords work only for break-glass admins; the sign-in page leads with single sign-on.' })
  required: boolean;
}

export class SsoSettingsDto {
  @ApiProperty()
  enabled: boolean;

  @ApiProperty({ description: 'Set by the server environment (SSO_ISSUER and friends): read-only here.' })
  managedByEnvironment: boolean;

  @ApiProperty({ example: 'Okta' })
  providerName: string;

  @ApiProperty({ example: 'https://larkspur.okta.com' })
  issuer: string;

  @ApiProperty({ example: '0oa1b2c3d4' })
  clientId: string;

  @ApiProperty({ description: 'A client secret is stored (encrypted; it is never shown again).' })
  hasClientSecret: boolean;

  @ApiProperty({ type: [String], example: ['larkspur.example'], description: 'Empty: any domain.' })
  allowedDomains: string[];

  @ApiProperty()
  requireSso: boolean;

  @ApiProperty({ type: [String], description: 'Admins who may still use a password when SSO is required.' })
  breakGlassEmails: string[];

  @ApiProperty({ description: 'Create unknown people (as staff) on their first sign-in instead of refusing them.' })
  jitProvisioning: boolean;

  @ApiProperty({ example: 'department', description: 'ID-token claim naming the department of a person created just in time.' })
  departmentClaim: string;
}

export class SsoAddressesDto {
  @ApiProperty({ example: 'https://heroics.example/api/sso/callback', description: 'Enter at the provider as the sign-in redirect URI.' })
  redirectUri: string;

  @ApiProperty({ example: 'https://heroics.example/sign-in', description: 'Enter at the provider as the sign-out redirect URI.' })
  postLogoutRedirectUri: string;

  @ApiProperty({ example: 'https://heroics.example/api/sso/backchannel-logout', description: 'Enter at the provider as the back-channel logout URI.' })
  backchannelLogoutUri: string;

  @ApiProperty({ example: 'https://heroics.example/scim/v2', description: 'The SCIM base URL for provisioning.' })
  scimBaseUrl: string;
}

export class SsoSettingsPageDto {
  @ApiProperty({ type: SsoSettingsDto })
  settings: SsoSettingsDto;

  @ApiProperty({ type: SsoAddressesDto })
  addresses: SsoAddressesDto;
}

const DOMAIN = /^@?([a-z0-9-]+\.)+[a-z]{2,63}$/i;

export class UpdateSsoSettingsDto {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({ maxLength: 60, example: 'Okta' })
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  providerName: string;

  @ApiProperty({ maxLength: 500, example: 'https://larkspur.okta.com' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  issuer: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  clientId: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Leave out to keep the stored one.' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  clientSecret?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DOMAIN, { each: true, message: 'allowedDomains must be domain names such as larkspur.example' })
  allowedDomains?: string[];

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  requireSso?: boolean;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true, message: 'breakGlassEmails must be email addresses' })
  breakGlassEmails?: string[];

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  jitProvisioning?: boolean;

  @ApiPropertyOptional({ maxLength: 100, example: 'department' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_:./-]*$/, { message: 'departmentClaim must be a claim name such as department' })
  departmentClaim?: string;
}

export class SsoLogoutDto {
  @ApiProperty({ type: String, nullable: true, description: 'Where to send the browser to sign out at the provider too; null when it offers no sign-out.' })
  providerLogoutUrl: string | null;
}

export class SsoLoginQueryDto {
  @ApiPropertyOptional({ example: '/stories/new', description: 'A path of this app to land on after signing in.' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  returnTo?: string;
}

export class SsoCallbackQueryDto {
  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(4000)
  code?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  state?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  iss?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(200)
  error?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(1000)
  error_description?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  session_state?: string;
}

export class BackchannelLogoutDto {
  @ApiProperty({ description: 'The logout token (a JWT signed by the provider).' })
  @IsString()
  @MaxLength(8000)
  logout_token: string;
}

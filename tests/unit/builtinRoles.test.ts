import { describe, expect, it } from 'vitest';
import { BUILTIN_ROLES, type BuiltinRole } from '../../server/permissions/builtinRoles';
import {
  ALL_PERMISSIONS,
  DEPRECATED_PERMISSIONS,
  PERMISSION_SCOPES,
  SYSCONSOLE_READ_PERMISSIONS,
  SYSCONSOLE_WRITE_PERMISSIONS,
} from '../../server/permissions/permissionIds';

const EXPECTED_ROLES = [
  'system_admin', 'system_user', 'system_guest', 'system_user_access_token', 'system_post_all',
  'system_post_all_public', 'system_read_only_admin', 'system_manager', 'system_user_manager',
  'system_custom_group_admin', 'team_admin', 'team_user', 'team_guest', 'team_post_all',
  'team_post_all_public', 'channel_admin', 'channel_user', 'channel_guest', 'playbook_admin',
  'playbook_member', 'run_admin', 'run_member',
];

function roleNamed(name: string): BuiltinRole {
  const found = BUILTIN_ROLES.find((r) => r.name === name);
  if (!found) throw new Error(`missing role ${name}`);
  return found;
}

function permissionsOf(name: string): Set<string> {
  return new Set(roleNamed(name).permissions);
}

describe('permission ids', () => {
  it('lists each permission once, with a scope', () => {
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
    for (const id of [...ALL_PERMISSIONS, ...DEPRECATED_PERMISSIONS]) expect(PERMISSION_SCOPES[id], id).toBeDefined();
  });

  it('keeps deprecated permissions out of the current list', () => {
    for (const id of DEPRECATED_PERMISSIONS) expect(ALL_PERMISSIONS).not.toContain(id);
  });

  it('gives the scopes Mattermost declares', () => {
    expect(PERMISSION_SCOPES.manage_system).toBe('system_scope');
    expect(PERMISSION_SCOPES.create_team).toBe('system_scope');
    expect(PERMISSION_SCOPES.view_team).toBe('team_scope');
    expect(PERMISSION_SCOPES.playbook_public_create).toBe('team_scope');
    expect(PERMISSION_SCOPES.create_post).toBe('channel_scope');
    expect(PERMISSION_SCOPES.edit_custom_group).toBe('group_scope');
    expect(PERMISSION_SCOPES.run_create).toBe('playbook_scope');
    expect(PERMISSION_SCOPES.run_view).toBe('run_scope');
    expect(PERMISSION_SCOPES.sysconsole_read_site_ip_filters).toBe('system_scope');
    expect(PERMISSION_SCOPES.manage_webhooks).toBe('team_scope');
  });

  it('includes the system console permissions', () => {
    expect(SYSCONSOLE_READ_PERMISSIONS.every((id) => id.startsWith('sysconsole_read_'))).toBe(true);
    expect(SYSCONSOLE_WRITE_PERMISSIONS.every((id) => id.startsWith('sysconsole_write_'))).toBe(true);
    expect(ALL_PERMISSIONS).toContain('sysconsole_read_user_management_system_roles');
    expect(ALL_PERMISSIONS).toContain('sysconsole_write_environment_mobile_security');
  });
});

describe('built-in roles', () => {
  it('has exactly the expected roles, each once', () => {
    const names = BUILTIN_ROLES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...EXPECTED_ROLES].sort());
  });

  it('only grants known, current permissions, without repeats', () => {
    const known = new Set(ALL_PERMISSIONS);
    for (const role of BUILTIN_ROLES) {
      expect(new Set(role.permissions).size, role.name).toBe(role.permissions.length);
      for (const p of role.permissions) expect(known.has(p), `${role.name}: ${p}`).toBe(true);
    }
  });

  it('gives system_admin every permission', () => {
    expect(permissionsOf('system_admin')).toEqual(new Set(ALL_PERMISSIONS));
  });

  it('names roles by Mattermost i18n ids', () => {
    expect(roleNamed('system_admin').display_name).toBe('authentication.roles.global_admin.name');
    expect(roleNamed('system_user').display_name).toBe('authentication.roles.global_user.name');
    expect(roleNamed('system_guest').description).toBe('authentication.roles.global_guest.description');
    expect(roleNamed('team_user').display_name).toBe('authentication.roles.team_user.name');
    expect(roleNamed('channel_admin').description).toBe('authentication.roles.channel_admin.description');
  });

  it('marks only the member/admin/guest and playbook roles as scheme managed', () => {
    const unmanaged = BUILTIN_ROLES.filter((r) => !r.scheme_managed).map((r) => r.name).sort();
    expect(unmanaged).toEqual([
      'system_custom_group_admin', 'system_manager', 'system_post_all', 'system_post_all_public',
      'system_read_only_admin', 'system_user_access_token', 'system_user_manager', 'team_post_all',
      'team_post_all_public',
    ]);
  });

  it('system_user: teams, direct messages, custom groups, emojis', () => {
    const p = permissionsOf('system_user');
    for (const id of [
      'create_team', 'list_public_teams', 'join_public_teams', 'create_direct_channel', 'create_group_channel',
      'view_members', 'create_custom_group', 'manage_custom_group_members', 'create_emojis', 'delete_emojis',
    ]) expect(p.has(id), id).toBe(true);
    for (const id of ['manage_system', 'create_bot', 'list_private_teams', 'delete_others_emojis']) {
      expect(p.has(id), id).toBe(false);
    }
  });

  it('guests get the minimum', () => {
    expect([...permissionsOf('system_guest')].sort()).toEqual(['create_direct_channel', 'create_group_channel']);
    expect([...permissionsOf('team_guest')]).toEqual(['view_team']);
  });

  it('team_user: channels, invitations, playbooks', () => {
    const p = permissionsOf('team_user');
    for (const id of [
      'create_public_channel', 'create_private_channel', 'list_team_channels', 'join_public_channels',
      'read_public_channel', 'view_team', 'invite_user', 'add_user_to_team', 'playbook_public_create',
      'playbook_private_create',
    ]) expect(p.has(id), id).toBe(true);
    for (const id of ['manage_team', 'invite_guest', 'remove_user_from_team']) expect(p.has(id), id).toBe(false);
  });

  it('team_admin manages the team and moderates its channels', () => {
    const p = permissionsOf('team_admin');
    for (const id of [
      'manage_team', 'remove_user_from_team', 'manage_team_roles', 'import_team', 'manage_channel_roles',
      'delete_others_posts', 'manage_others_incoming_webhooks', 'manage_others_slash_commands',
      'convert_private_channel_to_public', 'create_post', 'use_group_mentions', 'playbook_public_manage_roles',
    ]) expect(p.has(id), id).toBe(true);
    expect(p.has('manage_system')).toBe(false);
  });

  it('channel_user: posting, reactions, mentions, members, bookmarks', () => {
    const p = permissionsOf('channel_user');
    for (const id of [
      'create_post', 'read_channel', 'read_channel_content', 'add_reaction', 'remove_reaction', 'upload_file',
      'edit_post', 'delete_post', 'use_channel_mentions', 'use_group_mentions', 'manage_public_channel_members',
      'manage_private_channel_members', 'read_public_channel_groups', 'get_public_link',
      'add_bookmark_public_channel',
    ]) expect(p.has(id), id).toBe(true);
    for (const id of ['edit_others_posts', 'delete_others_posts', 'manage_channel_roles', 'create_post_ephemeral']) {
      expect(p.has(id), id).toBe(false);
    }
  });

  it('channel_admin manages channel roles and keeps the moderated permissions', () => {
    const p = permissionsOf('channel_admin');
    for (const id of ['manage_channel_roles', 'create_post', 'add_reaction', 'use_channel_mentions', 'use_group_mentions']) {
      expect(p.has(id), id).toBe(true);
    }
  });

  it('channel_guest can post and @channel but not use group mentions or manage members', () => {
    const p = permissionsOf('channel_guest');
    for (const id of ['create_post', 'read_channel', 'add_reaction', 'upload_file', 'use_channel_mentions']) {
      expect(p.has(id), id).toBe(true);
    }
    for (const id of ['use_group_mentions', 'manage_public_channel_members', 'delete_post']) {
      expect(p.has(id), id).toBe(false);
    }
  });

  it('token and post_all roles carry their narrow grants', () => {
    expect([...permissionsOf('system_user_access_token')].sort()).toEqual([
      'create_user_access_token', 'read_user_access_token', 'revoke_user_access_token',
    ]);
    expect(permissionsOf('system_post_all').has('create_post')).toBe(true);
    expect(permissionsOf('system_post_all_public').has('create_post_public')).toBe(true);
    expect(permissionsOf('system_post_all_public').has('create_post')).toBe(false);
    expect(permissionsOf('team_post_all')).toEqual(permissionsOf('system_post_all'));
  });

  it('delegated admin roles carry console permissions plus what their pages need', () => {
    const readOnly = permissionsOf('system_read_only_admin');
    expect([...readOnly].some((id) => id.startsWith('sysconsole_write_'))).toBe(false);
    for (const id of ['sysconsole_read_user_management_users', 'read_other_users_teams', 'get_analytics', 'read_audits']) {
      expect(readOnly.has(id), id).toBe(true);
    }
    const userManager = permissionsOf('system_user_manager');
    for (const id of ['sysconsole_write_user_management_teams', 'manage_team', 'read_channel', 'test_ldap']) {
      expect(userManager.has(id), id).toBe(true);
    }
    expect(userManager.has('read_channel_content')).toBe(false);
    expect(permissionsOf('system_manager').has('sysconsole_write_environment_web_server')).toBe(true);
    expect(permissionsOf('system_manager').has('manage_system')).toBe(false);
  });
});
